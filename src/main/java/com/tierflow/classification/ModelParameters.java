package com.tierflow.classification;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A fitted classification model. BG/NBD (r, alpha in days, a, b) and Gamma-Gamma (p, q, gamma) are null when the data
 * did not allow a fit; {@code fitProblem} then says why.
 */
public record ModelParameters(long id, LocalDate asOf, Instant fittedAt, long runId, int customers,
                              List<Double> recencyCutsDays, List<Double> frequencyCutsPurchaseDays,
                              List<Double> monetaryCuts, BgNbdParameters bgNbd, GammaGammaParameters gammaGamma,
                              String fitProblem, double fitSeconds) {

    public record BgNbdParameters(double r, double alpha, double a, double b, double logLikelihood, int customers) {
    }

    public record GammaGammaParameters(double p, double q, double gamma, double logLikelihood, int customers) {
    }
}
