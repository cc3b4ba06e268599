package com.tierflow.classification.internal.model;

/** Gauss's hypergeometric function for positive parameters and 0 ≤ z < 1, summed in log space. */
final class Hypergeometric {

    private static final int MAX_TERMS = 5_000_000;

    private Hypergeometric() {
    }

    /**
     * ln ₂F₁(a, b; c; z). Every term is positive for positive a, b, c, so the series is summed as log-sum-exp with a
     * running maximum: the function itself may exceed the double range for frequent buyers, its logarithm does not.
     */
    static double log2F1(double a, double b, double c, double z) {
        if (z < 0 || z >= 1 || !(a > 0 && b > 0 && c > 0)) {
            throw new IllegalArgumentException("log2F1 needs a, b, c > 0 and 0 <= z < 1, got a=" + a + ", b=" + b
                    + ", c=" + c + ", z=" + z);
        }
        if (z == 0) {
            return 0;
        }
        double logZ = Math.log(z);
        double logTerm = 0;
        double logMax = 0;
        double scaledSum = 1; // Σ exp(logTerm − logMax)
        for (int k = 0; k < MAX_TERMS; k++) {
            logTerm += Math.log((a + k) * (b + k) / ((c + k) * (k + 1))) + logZ;
            if (logTerm > logMax) {
                scaledSum = scaledSum * Math.exp(logMax - logTerm) + 1;
                logMax = logTerm;
            } else {
                double ratio = Math.exp(logTerm - logMax);
                scaledSum += ratio;
                // terms fall geometrically once k is past the peak; stop when they no longer count
                if (ratio < 1e-16 * scaledSum && k > a + b) {
                    return logMax + Math.log(scaledSum);
                }
            }
        }
        throw new ArithmeticException("Hypergeometric series did not converge for a=" + a + ", b=" + b + ", c=" + c
                + ", z=" + z);
    }
}
