package com.tierflow.classification.internal.model;

import java.util.List;

/** A fitted BG/NBD model with the maximised log-likelihood and how many customers it was fitted on. */
public record BgNbdFit(BgNbd model, double logLikelihood, int customers) {

    private static final int MIN_CUSTOMERS = 20;

    /** Maximum likelihood over the whole base; throws {@link ModelFitException} when the data cannot identify it. */
    public static BgNbdFit fit(List<Customer> customers) {
        if (customers.size() < MIN_CUSTOMERS) {
            throw new ModelFitException("BG/NBD needs at least " + MIN_CUSTOMERS + " customers to fit, got "
                    + customers.size() + ".");
        }
        if (customers.stream().noneMatch(c -> c.x() > 0)) {
            throw new ModelFitException("BG/NBD cannot be fitted: no customer has bought on more than one day.");
        }
        double meanAge = customers.stream().mapToDouble(Customer::age).average().orElse(1);
        double meanX = customers.stream().mapToInt(Customer::x).average().orElse(0);
        // a rate guess of purchases per day of age puts alpha (a time scale) in the right order of magnitude
        double[] start = {1.0, Math.max(1e-3, meanAge / Math.max(meanX, 0.1)), 1.0, 1.0};
        CompactSample sample = new CompactSample(customers);
        LogSpaceMinimiser.Minimum minimum = LogSpaceMinimiser.minimise("BG/NBD",
                p -> -new BgNbd(p[0], p[1], p[2], p[3]).logLikelihood(sample), start);
        double[] p = minimum.parameters();
        return new BgNbdFit(new BgNbd(p[0], p[1], p[2], p[3]), -minimum.value(), customers.size());
    }
}
