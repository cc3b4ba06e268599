package com.tierflow.classification.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

class GammaGammaTest {

    @Test
    void shouldRecoverTheParametersItWasSimulatedFrom() {
        GammaGamma truth = new GammaGamma(6.25, 3.74, 15.44);
        List<Customer> sample = new BtydSimulation(3).gammaGamma(truth, 8_000);

        GammaGamma.Fit fit = GammaGamma.fit(sample);

        assertThat(fit.model().p()).isCloseTo(truth.p(), withPercentage(10));
        assertThat(fit.model().q()).isCloseTo(truth.q(), withPercentage(15));
        assertThat(fit.model().gamma()).isCloseTo(truth.gamma(), withPercentage(20));
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(truth.logLikelihood(sample));
    }

    @Test
    void shouldMatchNumericalIntegrationOfTheSpendPosterior() {
        GammaGamma model = new GammaGamma(6.25, 3.74, 15.44);
        int x = 4;
        double mean = 38.5;
        // posterior of ν ∝ ν^(q−1) e^(−γν) · ν^(px) e^(−ν x m̄); E[M | ν] = p / ν
        double shape = model.q() + model.p() * x;
        double rate = model.gamma() + x * mean;
        double numerator = 0, denominator = 0;
        int n = 400_000;
        double top = 50 * shape / rate;
        for (int i = 1; i <= n; i++) {
            double nu = top * i / n;
            double density = Math.exp((shape - 1) * Math.log(nu) - rate * nu - Gamma.logGamma(shape) + shape * Math.log(rate));
            numerator += density * model.p() / nu;
            denominator += density;
        }
        assertThat(model.expectedSpend(x, mean)).isCloseTo(numerator / denominator, withPercentage(0.1));
    }

    @Test
    void shouldGiveThePopulationMeanToCustomersWithoutRepeatPurchasesOrWithEverythingRefunded() {
        GammaGamma model = new GammaGamma(6.25, 3.74, 15.44);
        assertThat(model.expectedSpend(0, 0)).isCloseTo(6.25 * 15.44 / 2.74, within(1e-9));
        assertThat(model.expectedSpend(3, -20)).isEqualTo(model.populationMean());
    }

    @Test
    void shouldRefuseToFitTooFewSpenders() {
        assertThatThrownBy(() -> GammaGamma.fit(List.of(new Customer(2, 5, 10, 30), Customer.of(0, 0, 3))))
                .isInstanceOf(ModelFitException.class).hasMessageContaining("at least 10 customers");
    }
}
