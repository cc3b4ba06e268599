package com.tierflow.classification.internal.model;

import java.util.Arrays;

/**
 * Quintile cut points of recency (days), frequency (purchase days) and monetary value (net) over the active base. Kept
 * with the model, so a run for the customers of one import scores them against the base of the last full run.
 */
public record RfmBreakpoints(double[] recency, double[] frequency, double[] monetary) {

    public RfmBreakpoints {
        recency = checked(recency);
        frequency = checked(frequency);
        monetary = checked(monetary);
    }

    public static RfmBreakpoints of(double[] recencyDays, double[] purchaseDays, double[] netValues) {
        if (recencyDays.length == 0) {
            throw new IllegalArgumentException("RFM needs at least one customer with a purchase");
        }
        return new RfmBreakpoints(quintiles(recencyDays), quintiles(purchaseDays), quintiles(netValues));
    }

    /** 5 for the most recent fifth; ties at a cut point go to the better score. */
    public int recencyScore(double recencyDays) {
        int score = 1;
        for (double cut : recency) {
            if (recencyDays <= cut) {
                score++;
            }
        }
        return score;
    }

    public int frequencyScore(double purchaseDays) {
        return above(purchaseDays, frequency);
    }

    public int monetaryScore(double netValue) {
        return above(netValue, monetary);
    }

    private static int above(double value, double[] cuts) {
        int score = 1;
        for (double cut : cuts) {
            if (value > cut) {
                score++;
            }
        }
        return score;
    }

    /** The empirical 20/40/60/80 % quantiles (the smallest value with at least that share at or below it). */
    static double[] quintiles(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] cuts = new double[4];
        for (int i = 1; i <= 4; i++) {
            int index = (int) Math.ceil(sorted.length * i / 5.0) - 1;
            cuts[i - 1] = sorted[Math.max(0, index)];
        }
        return cuts;
    }

    private static double[] checked(double[] cuts) {
        if (cuts.length != 4) {
            throw new IllegalArgumentException("Quintiles need 4 cut points, got " + cuts.length);
        }
        return cuts.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RfmBreakpoints that && Arrays.equals(recency, that.recency)
                && Arrays.equals(frequency, that.frequency) && Arrays.equals(monetary, that.monetary);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(recency) * 31 * 31 + Arrays.hashCode(frequency) * 31 + Arrays.hashCode(monetary);
    }

    @Override
    public String toString() {
        return "RfmBreakpoints[recency=" + Arrays.toString(recency) + ", frequency=" + Arrays.toString(frequency)
                + ", monetary=" + Arrays.toString(monetary) + "]";
    }
}
