package com.tierflow.classification.internal.model;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.GammaDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/** Customers drawn from the generative story of BG/NBD and Gamma-Gamma with known parameters. */
final class BtydSimulation {

    private final RandomGenerator random;

    BtydSimulation(long seed) {
        random = new Well19937c(seed);
    }

    /** Each customer is watched for a T drawn uniformly from [minAge, maxAge] days. */
    List<Customer> bgNbd(BgNbd truth, int customers, double minAge, double maxAge) {
        GammaDistribution rates = new GammaDistribution(random, truth.r(), 1 / truth.alpha());
        BetaDistribution dropouts = new BetaDistribution(random, truth.a(), truth.b());
        List<Customer> sample = new ArrayList<>(customers);
        for (int i = 0; i < customers; i++) {
            double age = minAge + random.nextDouble() * (maxAge - minAge);
            sample.add(observe(rates.sample(), dropouts.sample(), age));
        }
        return sample;
    }

    /** Repeat purchases in (0, age] of one customer who bought at time 0 with rate λ and drop-out probability p. */
    Customer observe(double lambda, double p, double age) {
        double t = 0;
        int x = 0;
        double tx = 0;
        while (true) {
            t += -Math.log(1 - random.nextDouble()) / lambda;
            if (t > age) {
                break;
            }
            x++;
            tx = t;
            if (random.nextDouble() < p) {
                break;
            }
        }
        return Customer.of(x, tx, age);
    }

    /** Repeat purchases in (0, t] of a customer drawn from the population: X(t) of the paper. */
    int purchasesOfNewCustomer(BgNbd truth, double t) {
        double lambda = new GammaDistribution(random, truth.r(), 1 / truth.alpha()).sample();
        double p = new BetaDistribution(random, truth.a(), truth.b()).sample();
        return observe(lambda, p, t).x();
    }

    /** Customers with 1–10 repeat purchases whose values are Gamma(p, ν), ν ~ Gamma(q, γ). */
    List<Customer> gammaGamma(GammaGamma truth, int customers) {
        GammaDistribution scales = new GammaDistribution(random, truth.q(), 1 / truth.gamma());
        List<Customer> sample = new ArrayList<>(customers);
        for (int i = 0; i < customers; i++) {
            double nu = scales.sample();
            GammaDistribution values = new GammaDistribution(random, truth.p(), 1 / nu);
            int x = 1 + random.nextInt(10);
            double sum = 0;
            for (int k = 0; k < x; k++) {
                sum += values.sample();
            }
            sample.add(new Customer(x, x, x, sum / x));
        }
        return sample;
    }
}
