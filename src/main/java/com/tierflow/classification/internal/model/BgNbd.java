package com.tierflow.classification.internal.model;

import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD model of Fader, Hardie and Lee (2005), "Counting your customers the easy way": while alive a customer buys
 * at a Poisson rate λ ~ Gamma(r, α) and after each purchase drops out with probability p ~ Beta(a, b). Everything is
 * computed in log space, so a customer with hundreds of purchases neither overflows nor underflows.
 */
public record BgNbd(double r, double alpha, double a, double b) {

    public BgNbd {
        if (!(r > 0 && alpha > 0 && a > 0 && b > 0)) {
            throw new IllegalArgumentException("BG/NBD parameters must be positive: r=" + r + ", alpha=" + alpha
                    + ", a=" + a + ", b=" + b);
        }
    }

    /** The log-likelihood of one customer's (x, t_x, T), equation (6) of the paper. */
    public double logLikelihood(Customer c) {
        return logLikelihood(c, lnGammaRatio(r, c.x()) + lnBetaPart(c.x()));
    }

    private double logLikelihood(Customer c, double countPart) {
        double a3 = -(r + c.x()) * Math.log(alpha + c.age());
        if (c.x() == 0) {
            return countPart + r * Math.log(alpha) + a3;
        }
        double a4 = Math.log(a) - Math.log(b + c.x() - 1) - (r + c.x()) * Math.log(alpha + c.tx());
        return countPart + r * Math.log(alpha) + logSumExp(a3, a4);
    }

    /** Sum over customers; the Gamma-function terms depend on x only and are computed once per distinct x. */
    public double logLikelihood(List<Customer> customers) {
        int maxX = customers.stream().mapToInt(Customer::x).max().orElse(0);
        double[] countPart = new double[maxX + 1];
        boolean[] known = new boolean[maxX + 1];
        double sum = 0;
        for (Customer c : customers) {
            if (!known[c.x()]) {
                countPart[c.x()] = lnGammaRatio(r, c.x()) + lnBetaPart(c.x());
                known[c.x()] = true;
            }
            sum += logLikelihood(c, countPart[c.x()]);
        }
        return sum;
    }

    /** P(alive | x, t_x, T), equation (11); a customer without repeat purchases is alive with probability 1. */
    public double probabilityAlive(Customer c) {
        if (c.x() == 0) {
            return 1.0;
        }
        return 1.0 / (1.0 + Math.exp(logDeathOdds(c)));
    }

    /** E[X(t)] for a new customer, equation (7). */
    public double expectedPurchases(double t) {
        if (t <= 0) {
            return 0;
        }
        double z = t / (alpha + t);
        double logHyp = Hypergeometric.log2F1(r, b, a + b - 1, z);
        double tail = Math.exp(r * Math.log(alpha / (alpha + t)) + logHyp);
        return (a + b - 1) / (a - 1) * (1 - tail);
    }

    /**
     * E[Y(t) | x, t_x, T]: expected purchases in the next t days, equation (10) of the paper. Its hypergeometric series
     * needs a + b + x − 1 > 0 and a ≠ 1 and converges slowly as t/(α+T+t) nears 1; there the same expectation is
     * integrated numerically instead (see {@link #integratedExpectedPurchases}).
     */
    public double conditionalExpectedPurchases(Customer c, double t) {
        if (t <= 0) {
            return 0;
        }
        double z = t / (alpha + c.age() + t);
        if (a + b + c.x() - 1 <= 0.05 || Math.abs(a - 1) < 1e-3 || z > 0.95) {
            return integratedExpectedPurchases(c, t);
        }
        return closedFormExpectedPurchases(c, t);
    }

    double closedFormExpectedPurchases(Customer c, double t) {
        double rx = r + c.x();
        double z = t / (alpha + c.age() + t);
        double logHyp = Hypergeometric.log2F1(rx, b + c.x(), a + b + c.x() - 1, z);
        double tail = Math.exp(rx * Math.log((alpha + c.age()) / (alpha + c.age() + t)) + logHyp);
        double numerator = (a + b + c.x() - 1) / (a - 1) * (1 - tail);
        double denominator = c.x() == 0 ? 1 : 1 + Math.exp(logDeathOdds(c));
        return Math.max(0, numerator / denominator);
    }

    /**
     * P(alive) · E[(1 − ((α+T)/(α+T+pt))^(r+x)) / p] with p ~ Beta(a, b+x), the posterior of the drop-out probability
     * of a customer who is alive (λ given alive is Gamma(r+x, α+T) and was integrated out in closed form). Valid for
     * all positive parameters; tanh-sinh quadrature copes with the endpoint singularities of the Beta density.
     */
    double integratedExpectedPurchases(Customer c, double t) {
        double bx = b + c.x();
        double rx = r + c.x();
        double scale = t / (alpha + c.age());
        double logBeta = Gamma.logGamma(a) + Gamma.logGamma(bx) - Gamma.logGamma(a + bx);
        double step = 1.0 / 32;
        double sum = 0;
        for (int k = -192; k <= 192; k++) {
            double s = k * step;
            double u = Math.PI * Math.sinh(s);
            // ln p and ln(1 − p) for p = 1 / (1 + e^(−u)), without cancellation at either end
            double logP = -softplus(-u);
            double log1mP = -softplus(u);
            double p = Math.exp(logP);
            double gain = -Math.expm1(-rx * Math.log1p(p * scale));
            if (gain <= 0) {
                continue;
            }
            sum += Math.exp((a - 1) * logP + bx * log1mP - logBeta + Math.log(Math.PI * Math.cosh(s)) + Math.log(gain));
        }
        return probabilityAlive(c) * sum * step;
    }

    private static double softplus(double v) {
        return v > 0 ? v + Math.log1p(Math.exp(-v)) : Math.log1p(Math.exp(v));
    }

    // ln of a/(b+x-1) · ((α+T)/(α+t_x))^(r+x): the odds of having dropped out after the last purchase
    private double logDeathOdds(Customer c) {
        return Math.log(a) - Math.log(b + c.x() - 1)
                + (r + c.x()) * (Math.log(alpha + c.age()) - Math.log(alpha + c.tx()));
    }

    // ln Γ(r+x) − ln Γ(r)
    private static double lnGammaRatio(double r, int x) {
        return Gamma.logGamma(r + x) - Gamma.logGamma(r);
    }

    // ln B(a, b+x) − ln B(a, b) = ln Γ(a+b) + ln Γ(b+x) − ln Γ(b) − ln Γ(a+b+x)
    private double lnBetaPart(int x) {
        return Gamma.logGamma(a + b) + Gamma.logGamma(b + x) - Gamma.logGamma(b) - Gamma.logGamma(a + b + x);
    }

    static double logSumExp(double u, double v) {
        double max = Math.max(u, v);
        return max + Math.log(Math.exp(u - max) + Math.exp(v - max));
    }
}
