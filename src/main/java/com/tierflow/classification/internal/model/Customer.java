package com.tierflow.classification.internal.model;

/**
 * What the BTYD models see of one customer, in days: {@code x} repeat purchase days, {@code tx} days from the first to
 * the last purchase day (the recency of the literature), {@code age} days from the first purchase day to the as-of
 * date ({@code T}), and the mean net value of the repeat purchase days.
 */
public record Customer(int x, double tx, double age, double meanRepeatValue) {

    public Customer {
        if (x < 0 || tx < 0 || age < tx) {
            throw new IllegalArgumentException("Need x >= 0 and 0 <= t_x <= T, got x=" + x + ", t_x=" + tx + ", T=" + age);
        }
    }

    public static Customer of(int x, double tx, double age) {
        return new Customer(x, tx, age, 0);
    }
}
