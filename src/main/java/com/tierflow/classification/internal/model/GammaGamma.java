package com.tierflow.classification.internal.model;

import java.util.List;
import org.apache.commons.math3.special.Gamma;

/**
 * The Gamma-Gamma spend model (Fader, Hardie and Lee 2005, "RFM and CLV"; Colombo and Jiang 1999): a customer's
 * transaction values are Gamma(p, ν) with ν ~ Gamma(q, γ). Needs q > 1 for a finite mean.
 */
public record GammaGamma(double p, double q, double gamma) {

    private static final int MIN_CUSTOMERS = 10;

    public GammaGamma {
        if (!(p > 0 && q > 0 && gamma > 0)) {
            throw new IllegalArgumentException("Gamma-Gamma parameters must be positive: p=" + p + ", q=" + q
                    + ", gamma=" + gamma);
        }
    }

    public record Fit(GammaGamma model, double logLikelihood, int customers) {
    }

    /** Fitted on customers with repeat purchases of positive mean value, the only ones the model describes. */
    public static Fit fit(List<Customer> customers) {
        List<Customer> spenders = customers.stream().filter(c -> c.x() > 0 && c.meanRepeatValue() > 0).toList();
        if (spenders.size() < MIN_CUSTOMERS) {
            throw new ModelFitException("Gamma-Gamma needs at least " + MIN_CUSTOMERS
                    + " customers with repeat purchases of positive value, got " + spenders.size() + ".");
        }
        double meanSpend = spenders.stream().mapToDouble(Customer::meanRepeatValue).average().orElseThrow();
        LogSpaceMinimiser.Minimum minimum = LogSpaceMinimiser.minimise("Gamma-Gamma",
                v -> -new GammaGamma(v[0], v[1], v[2]).logLikelihood(spenders), new double[] {1, 2, meanSpend});
        double[] v = minimum.parameters();
        GammaGamma model = new GammaGamma(v[0], v[1], v[2]);
        if (model.q() <= 1) {
            throw new ModelFitException("Gamma-Gamma fit gives q = " + model.q()
                    + " <= 1: spend varies too much between customers for a finite expected spend.");
        }
        return new Fit(model, -minimum.value(), spenders.size());
    }

    public double logLikelihood(List<Customer> spenders) {
        double sum = 0;
        for (Customer c : spenders) {
            sum += logLikelihood(c.x(), c.meanRepeatValue());
        }
        return sum;
    }

    /** ln f(m̄ | x): the density of a mean of x transaction values, integrated over ν. */
    double logLikelihood(int x, double mean) {
        double px = p * x;
        return Gamma.logGamma(px + q) - Gamma.logGamma(px) - Gamma.logGamma(q) + q * Math.log(gamma)
                + (px - 1) * Math.log(mean) + px * Math.log(x) - (px + q) * Math.log(gamma + x * mean);
    }

    /** E[M | x, m̄]: a weighted mean of the population mean and the customer's own mean. */
    public double expectedSpend(int x, double mean) {
        if (x == 0 || mean <= 0) {
            return populationMean();
        }
        return p * (gamma + x * mean) / (p * x + q - 1);
    }

    public double populationMean() {
        return p * gamma / (q - 1);
    }
}
