package com.tierflow.classification.internal.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One customer's counted orders as of a date, aggregated in the database: purchase days (several orders on one day
 * are one transaction), net value after refunds, and what the value of the first purchase day was.
 */
public record CustomerMetrics(long customerId, LocalDate firstPurchase, LocalDate lastPurchase, int purchaseDays,
                              int orders, BigDecimal netValue, BigDecimal firstDayValue, BigDecimal goodsValue,
                              BigDecimal discountValue, String province, String city, List<String> favouriteCategories,
                              List<String> channels) {

    public CustomerMetrics {
        favouriteCategories = favouriteCategories == null ? List.of() : List.copyOf(favouriteCategories);
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    public CustomerMetrics withCategoriesAndChannels(List<String> categories, List<String> channelCodes) {
        return new CustomerMetrics(customerId, firstPurchase, lastPurchase, purchaseDays, orders, netValue,
                firstDayValue, goodsValue, discountValue, province, city, categories, channelCodes);
    }

    public long recencyDays(LocalDate asOf) {
        return ChronoUnit.DAYS.between(lastPurchase, asOf);
    }

    public long ageDays(LocalDate asOf) {
        return ChronoUnit.DAYS.between(firstPurchase, asOf);
    }

    public int repeatPurchases() {
        return purchaseDays - 1;
    }

    /** Mean days between purchase days; null for a customer who bought on one day only. */
    public Double purchaseCycleDays() {
        return repeatPurchases() == 0 ? null : (double) ChronoUnit.DAYS.between(firstPurchase, lastPurchase) / repeatPurchases();
    }

    public BigDecimal averageOrderValue() {
        return netValue.divide(BigDecimal.valueOf(Math.max(1, orders)), 2, RoundingMode.HALF_UP);
    }

    /** Discounts as a share of the goods value, 0 when nothing was bought at a price. */
    public BigDecimal discountShare() {
        return goodsValue.signum() <= 0 ? BigDecimal.ZERO
                : discountValue.divide(goodsValue, 4, RoundingMode.HALF_UP);
    }

    /** (x, t_x, T) and the mean value of the repeat purchase days, as the BTYD models count. */
    public Customer modelInput(LocalDate asOf) {
        int x = repeatPurchases();
        double mean = x == 0 ? 0 : netValue.subtract(firstDayValue).doubleValue() / x;
        return new Customer(x, ChronoUnit.DAYS.between(firstPurchase, lastPurchase), ageDays(asOf), mean);
    }
}
