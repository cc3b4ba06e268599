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
        if (annualDiscountRate < 0) {
            throw new IllegalArgumentException("The discount rate cannot be negative: " + annualDiscountRate);
        }
        double monthlyFactor = Math.pow(1 + annualDiscountRate, 1.0 / 12);
        double value = 0;
        double before = 0;
        for (int month = 1; month <= months; month++) {
            double upTo = purchases.conditionalExpectedPurchases(customer, month * DAYS_PER_MONTH);
            value += (upTo - before) * expectedSpend / Math.pow(monthlyFactor, month);
            before = upTo;
        }
        return value;
    }
}
