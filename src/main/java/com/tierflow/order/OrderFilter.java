package com.tierflow.order;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Which orders a search returns; every criterion is optional and they all must hold.
 *
 * @param orderedFrom inclusive
 * @param orderedTo   exclusive, so that consecutive windows neither overlap nor leave gaps
 * @param minTotal    inclusive, on {@code totalAmount}
 * @param maxTotal    inclusive, on {@code totalAmount}
 */
public record OrderFilter(
        String channelCode,
        OrderStatus status,
        Long customerId,
        Instant orderedFrom,
        Instant orderedTo,
        BigDecimal minTotal,
        BigDecimal maxTotal) {

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null, null, null);
    }
}
