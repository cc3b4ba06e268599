package com.tierflow.classification.internal.model;

/**
 * Discounted value of the next months: expected purchases per month (BG/NBD, conditional on the history) times the
 * expected spend per purchase (Gamma-Gamma), each month discounted at the monthly equivalent of the annual rate.
 */
public final class CustomerLifetimeValue {

    static final double DAYS_PER_MONTH = 30;

    private CustomerLifetimeValue() {
    }

    public static double of(BgNbd purchases, Customer customer, double expectedSpend, int months, double annualDiscountRate) {
        return of(purchases.conditionalExpectedPurchases(customer, monthEnds(months)), expectedSpend, annualDiscountRate);
    }

    /** The horizons (days) of the ends of the next months: 30, 60, … */
    public static double[] monthEnds(int months) {
        double[] horizons = new double[months];
        for (int month = 1; month <= months; month++) {
            horizons[month - 1] = month * DAYS_PER_MONTH;
        }
        return horizons;
    }

    /** @param cumulativePurchases expected purchases up to the end of each month, as for {@link #monthEnds(int)} */
    public static double of(double[] cumulativePurchases, double expectedSpend, double annualDiscountRate) {
        if (annualDiscountRate < 0) {
            throw new IllegalArgumentException("The discount rate cannot be negative: " + annualDiscountRate);
        }
        double monthlyFactor = Math.pow(1 + annualDiscountRate, 1.0 / 12);
        double value = 0;
        double before = 0;
        for (int month = 1; month <= cumulativePurchases.length; month++) {
            double upTo = cumulativePurchases[month - 1];
            value += (upTo - before) * expectedSpend / Math.pow(monthlyFactor, month);
            before = upTo;
        }
        return value;
    }
}
