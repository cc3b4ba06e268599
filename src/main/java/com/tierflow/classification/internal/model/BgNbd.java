package com.tierflow.classification.internal.model;

import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * The BG/NBD model of Fader, Hardie and Lee (2005), "Counting your customers the easy way": while alive a customer buys
 * at a Poisson rate λ ~ Gamma(r, α) and after each purchase drops out with probability p ~ Beta(a, b). Everything is
 * computed in log space, so a customer with hundreds of purchases neither overflows nor underflows.
 */
public record BgNbd(double r, double alpha, double a, double b) {

    // beyond z = t/(α+T+t) of 0.95 the series needs thousands of terms
    private static final double SERIES_LIMIT = 0.95;
    private static final double QUADRATURE_STEP = 1.0 / 32;
    private static final int QUADRATURE_NODES = 192;

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

    /** Sum over customers. */
    public double logLikelihood(List<Customer> customers) {
        return logLikelihood(new CompactSample(customers));
    }

    /**
     * Sum over a compacted base: Gamma-function terms once per distinct x, logarithms once per distinct t_x or T,
     * each distinct triple once times its count.
     */
    double logLikelihood(CompactSample sample) {
        double[] countPart = new double[sample.maxX + 1];
        double[] logBPart = new double[sample.maxX + 1];
        for (int x = 0; x <= sample.maxX; x++) {
            if (sample.seenX[x]) {
                countPart[x] = lnGammaRatio(r, x) + lnBetaPart(x) + r * Math.log(alpha);
                logBPart[x] = x == 0 ? 0 : Math.log(a) - Math.log(b + x - 1);
            }
        }
        double[] logAlphaPlus = new double[sample.values.length];
        for (int i = 0; i < logAlphaPlus.length; i++) {
            logAlphaPlus[i] = Math.log(alpha + sample.values[i]);
        }
        double total = 0;
        for (int i = 0; i < sample.distinct(); i++) {
            int x = sample.x[i];
            double a3 = -(r + x) * logAlphaPlus[sample.age[i]];
            double ll = x == 0 ? a3 : logSumExp(a3, logBPart[x] - (r + x) * logAlphaPlus[sample.tx[i]]);
            total += sample.weight[i] * (countPart[x] + ll);
        }
        return total;
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
        return conditionalExpectedPurchases(c, new double[] {t})[0];
    }

    /** E[Y(t) | x, t_x, T] for several horizons at once: the quadrature shares its nodes between them. */
    public double[] conditionalExpectedPurchases(Customer c, double[] horizons) {
        double longest = 0;
        for (double t : horizons) {
            longest = Math.max(longest, t);
        }
        double z = longest / (alpha + c.age() + longest);
        if (a + b + c.x() - 1 <= 0.05 || Math.abs(a - 1) < 1e-3 || z > SERIES_LIMIT) {
            return integratedExpectedPurchases(c, horizons);
        }
        double[] expected = new double[horizons.length];
        for (int i = 0; i < horizons.length; i++) {
            expected[i] = horizons[i] <= 0 ? 0 : closedFormExpectedPurchases(c, horizons[i]);
        }
        return expected;
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
        return integratedExpectedPurchases(c, new double[] {t})[0];
    }

    double[] integratedExpectedPurchases(Customer c, double[] horizons) {
        double bx = b + c.x();
        double rx = r + c.x();
        double logBeta = Gamma.logGamma(a) + Gamma.logGamma(bx) - Gamma.logGamma(a + bx);
        double[] scales = new double[horizons.length];
        for (int i = 0; i < horizons.length; i++) {
            scales[i] = Math.max(0, horizons[i]) / (alpha + c.age());
        }
        double[] sums = new double[horizons.length];
        for (int k = -QUADRATURE_NODES; k <= QUADRATURE_NODES; k++) {
            double s = k * QUADRATURE_STEP;
            double u = Math.PI * Math.sinh(s);
            // ln p and ln(1 − p) for p = 1 / (1 + e^(−u)), without cancellation at either end
            double logP = -softplus(-u);
            double log1mP = -softplus(u);
            double weight = Math.exp((a - 1) * logP + bx * log1mP - logBeta) * Math.PI * Math.cosh(s);
            if (weight == 0) {
                continue;
            }
            double p = Math.exp(logP);
            for (int i = 0; i < horizons.length; i++) {
                sums[i] += weight * -Math.expm1(-rx * Math.log1p(p * scales[i]));
            }
        }
        double alive = probabilityAlive(c);
        for (int i = 0; i < horizons.length; i++) {
            sums[i] *= alive * QUADRATURE_STEP;
        }
        return sums;
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
