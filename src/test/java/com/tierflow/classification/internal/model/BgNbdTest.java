package com.tierflow.classification.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.data.Percentage.withPercentage;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

class BgNbdTest {

    // the CDNOW estimates of the paper, with alpha converted from weeks to days
    private static final BgNbd CDNOW = new BgNbd(0.243, 4.414 * 7, 0.793, 2.426);

    @Test
    void shouldRecoverTheParametersItWasSimulatedFrom() {
        BgNbd truth = new BgNbd(0.6, 12, 0.7, 2.8);
        List<Customer> sample = new BtydSimulation(7).bgNbd(truth, 12_000, 120, 540);

        BgNbdFit fit = BgNbdFit.fit(sample);

        assertThat(fit.model().r()).isCloseTo(truth.r(), withPercentage(10));
        assertThat(fit.model().alpha()).isCloseTo(truth.alpha(), withPercentage(15));
        assertThat(fit.model().a()).isCloseTo(truth.a(), withPercentage(25));
        assertThat(fit.model().b()).isCloseTo(truth.b(), withPercentage(30));
        assertThat(fit.logLikelihood()).isGreaterThanOrEqualTo(truth.logLikelihood(sample));
        assertThat(fit.customers()).isEqualTo(12_000);
    }

    @Test
    void shouldSayClearlyWhyItCannotFitABaseWithoutRepeatPurchases() {
        List<Customer> oneTimers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            oneTimers.add(Customer.of(0, 0, 30 + i));
        }
        assertThatThrownBy(() -> BgNbdFit.fit(oneTimers)).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("no customer has bought on more than one day");
        assertThatThrownBy(() -> BgNbdFit.fit(oneTimers.subList(0, 5))).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("at least 20 customers");
    }

    @Test
    void shouldReportNonConvergenceWhenTheDataCannotIdentifyTheModel() {
        // everybody buys exactly every 10 days until today: no drop-out is ever seen, p runs off to zero
        List<Customer> clockwork = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            int x = 5 + i;
            clockwork.add(Customer.of(x, x * 10.0, x * 10.0));
        }
        assertThatThrownBy(() -> BgNbdFit.fit(clockwork)).isInstanceOf(ModelFitException.class)
                .hasMessageContaining("did not converge");
    }

    @Test
    void shouldMatchTheLikelihoodOfThePaperWrittenWithoutLogs() {
        Customer c = Customer.of(2, 30.43, 38.86);
        double r = CDNOW.r(), alpha = CDNOW.alpha(), a = CDNOW.a(), b = CDNOW.b();
        double a1 = Math.exp(Gamma.logGamma(r + 2) - Gamma.logGamma(r)) * Math.pow(alpha, r);
        double a2 = Math.exp(Gamma.logGamma(a + b) + Gamma.logGamma(b + 2) - Gamma.logGamma(b) - Gamma.logGamma(a + b + 2));
        double a3 = Math.pow(alpha + 38.86, -(r + 2));
        double a4 = a / (b + 1) * Math.pow(alpha + 30.43, -(r + 2));
        assertThat(CDNOW.logLikelihood(c)).isCloseTo(Math.log(a1 * a2 * (a3 + a4)), within(1e-10));
    }

    @Test
    void shouldKeepOneTimeBuyersAliveAndExpectFewerPurchasesTheLongerTheyAreQuiet() {
        Customer recent = Customer.of(0, 0, 10);
        Customer old = Customer.of(0, 0, 300);

        assertThat(CDNOW.probabilityAlive(recent)).isEqualTo(1.0);
        assertThat(CDNOW.conditionalExpectedPurchases(recent, 90)).isPositive().isFinite();
        assertThat(CDNOW.conditionalExpectedPurchases(old, 90))
                .isLessThan(CDNOW.conditionalExpectedPurchases(recent, 90)).isPositive();
    }

    @Test
    void shouldStayFiniteForACustomerWithHundredsOfPurchases() {
        Customer loyal = Customer.of(600, 729, 730);
        Customer gone = Customer.of(600, 400, 730);

        assertThat(CDNOW.logLikelihood(loyal)).isFinite();
        assertThat(CDNOW.probabilityAlive(loyal)).isBetween(0.9, 1.0);
        assertThat(CDNOW.conditionalExpectedPurchases(loyal, 30)).isFinite().isGreaterThan(10);
        assertThat(CDNOW.probabilityAlive(gone)).isBetween(0.0, 1e-6);
        assertThat(CDNOW.conditionalExpectedPurchases(gone, 30)).isFinite().isBetween(0.0, 1e-3);
    }

    @Test
    void shouldMatchAMonteCarloCountOfPurchasesOfNewCustomers() {
        BgNbd truth = new BgNbd(0.8, 20, 0.9, 3.0);
        BtydSimulation simulation = new BtydSimulation(11);
        int customers = 200_000;
        double total = 0;
        for (int i = 0; i < customers; i++) {
            total += simulation.purchasesOfNewCustomer(truth, 180);
        }
        assertThat(truth.expectedPurchases(180)).isCloseTo(total / customers, withPercentage(2));
    }

    @Test
    void shouldMatchNumericalIntegrationOverThePosteriorForConditionalExpectationAndAliveness() {
        BgNbd model = new BgNbd(0.8, 20, 0.9, 3.0);
        for (Customer c : List.of(Customer.of(0, 0, 60), Customer.of(3, 100, 200), Customer.of(3, 40, 200),
                Customer.of(40, 350, 365))) {
            PosteriorIntegral integral = new PosteriorIntegral(model, c, 90);
            assertThat(model.probabilityAlive(c)).as("P(alive) of %s", c).isCloseTo(integral.probabilityAlive(), within(1e-4));
            assertThat(model.conditionalExpectedPurchases(c, 90)).as("E[Y(90)] of %s", c)
                    .isCloseTo(integral.expectedPurchases(), withPercentage(0.5));
        }
    }

    @Test
    void shouldGiveTheSameExpectationsForSeveralHorizonsAtOnce() {
        BgNbd model = new BgNbd(0.8, 20, 0.9, 3.0);
        double[] horizons = {30, 90, 360};
        // a young customer (quadrature: t/(α+T+t) > 0.95) and an older one (series)
        for (Customer c : List.of(Customer.of(0, 0, 0), Customer.of(4, 100, 300))) {
            double[] together = model.conditionalExpectedPurchases(c, horizons);
            for (int i = 0; i < horizons.length; i++) {
                assertThat(together[i]).isCloseTo(model.integratedExpectedPurchases(c, horizons[i]), withPercentage(1e-4));
            }
        }
    }

    @Test
    void shouldAgreeBetweenClosedFormAndQuadratureWhereBothApply() {
        BgNbd model = new BgNbd(0.8, 20, 0.9, 3.0);
        for (Customer c : List.of(Customer.of(0, 0, 60), Customer.of(3, 100, 200), Customer.of(300, 360, 365))) {
            assertThat(model.integratedExpectedPurchases(c, 90)).as("%s", c)
                    .isCloseTo(model.closedFormExpectedPurchases(c, 90), withPercentage(1e-4));
        }
    }

    @Test
    void shouldExpectPurchasesWhereTheSeriesCannotBeUsedAndMatchTheDirectIntegral() {
        // a + b − 1 < 0: the hypergeometric series of equation (10) is not defined for a one-time buyer
        BgNbd model = new BgNbd(0.4, 15, 0.11, 0.59);
        for (Customer c : List.of(Customer.of(0, 0, 100), Customer.of(2, 50, 100))) {
            PosteriorIntegral integral = new PosteriorIntegral(model, c, 90);
            assertThat(model.conditionalExpectedPurchases(c, 90)).as("%s", c)
                    .isCloseTo(integral.expectedPurchases(), withPercentage(0.5));
        }
    }

    /**
     * E[Y(t) | x, t_x, T] and P(alive) as double integrals over (λ, p) of the individual-level quantities weighted by
     * the posterior, on a grid in log λ and logit p: no use of the closed forms.
     */
    private static final class PosteriorIntegral {

        private final double alive;
        private final double expected;

        PosteriorIntegral(BgNbd m, Customer c, double t) {
            int n = 2000;
            // with small r or a much prior mass lies at tiny λ or p: reach down to where λ^r and p^a are negligible
            double sMin = -40 / m.r(), sMax = Math.log(20), vMin = -40 / m.a(), vMax = 20;
            double[][] logAlive = new double[n][n], logDead = new double[n][n], logFuture = new double[n][n];
            double max = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                double s = sMin + (sMax - sMin) * i / (n - 1);
                double lambda = Math.exp(s);
                double logPrior = m.r() * Math.log(m.alpha()) - Gamma.logGamma(m.r()) + m.r() * s - m.alpha() * lambda;
                for (int j = 0; j < n; j++) {
                    double v = vMin + (vMax - vMin) * j / (n - 1);
                    double logP = v > 0 ? -Math.log1p(Math.exp(-v)) : v - Math.log1p(Math.exp(v));
                    double log1mp = v > 0 ? -v - Math.log1p(Math.exp(-v)) : -Math.log1p(Math.exp(v));
                    double p = Math.exp(logP);
                    double logPriorP = m.a() * logP + m.b() * log1mp;
                    double base = logPrior + logPriorP + c.x() * s;
                    logAlive[i][j] = base + c.x() * log1mp - lambda * c.age();
                    logDead[i][j] = c.x() == 0 ? Double.NEGATIVE_INFINITY
                            : base + logP + (c.x() - 1) * log1mp - lambda * c.tx();
                    logFuture[i][j] = logAlive[i][j] - logP + Math.log(-Math.expm1(-lambda * p * t));
                    max = Math.max(max, Math.max(logAlive[i][j], logDead[i][j]));
                }
            }
            double sumAlive = 0, sumDead = 0, sumFuture = 0;
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double w = (i == 0 || i == n - 1 ? 0.5 : 1) * (j == 0 || j == n - 1 ? 0.5 : 1);
                    sumAlive += w * Math.exp(logAlive[i][j] - max);
                    sumDead += w * Math.exp(logDead[i][j] - max);
                    sumFuture += w * Math.exp(logFuture[i][j] - max);
                }
            }
            alive = sumAlive / (sumAlive + sumDead);
            expected = sumFuture / (sumAlive + sumDead);
        }

        double probabilityAlive() {
            return alive;
        }

        double expectedPurchases() {
            return expected;
        }
    }
}
