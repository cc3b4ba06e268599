package com.tierflow.classification.internal.model;

/** Gauss's hypergeometric function for positive parameters and 0 ≤ z < 1, summed in log space. */
final class Hypergeometric {

    private static final int MAX_TERMS = 5_000_000;

    private Hypergeometric() {
    }

    /**
     * ln ₂F₁(a, b; c; z). Every term is positive for positive a, b, c; the terms are multiplied up in linear space and
     * the running sum is rescaled (its logarithm kept aside) before it could overflow, so the function may exceed the
     * double range for frequent buyers while its logarithm does not.
     */
    static double log2F1(double a, double b, double c, double z) {
        if (z < 0 || z >= 1 || !(a > 0 && b > 0 && c > 0)) {
            throw new IllegalArgumentException("log2F1 needs a, b, c > 0 and 0 <= z < 1, got a=" + a + ", b=" + b
                    + ", c=" + c + ", z=" + z);
        }
        if (z == 0) {
            return 0;
        }
        double logScale = 0;
        double sum = 1;
        double term = 1;
        for (int k = 0; k < MAX_TERMS; k++) {
            double ratio = (a + k) * (b + k) / ((c + k) * (k + 1)) * z;
            term *= ratio;
            sum += term;
            if (sum > 1e280) {
                logScale += Math.log(sum);
                term /= sum;
                sum = 1;
            }
            // past the peak the terms fall at least geometrically; stop when they no longer count
            if (ratio < 1 && term < 1e-17 * sum) {
                return logScale + Math.log(sum);
            }
        }
        throw new ArithmeticException("Hypergeometric series did not converge for a=" + a + ", b=" + b + ", c=" + c
                + ", z=" + z);
    }
}
