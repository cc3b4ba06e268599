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
 * @param reason      text that one of the order's history entries gives as its reason (audit reasons, decisions,
 *                    cancellations), any case
 */
public record OrderFilter(
        String channelCode,
        OrderStatus status,
        Long customerId,
        Instant orderedFrom,
        Instant orderedTo,
        BigDecimal minTotal,
        BigDecimal maxTotal,
        String reason) {

    public OrderFilter {
        reason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public static OrderFilter none() {
        return new OrderFilter(null, null, null, null, null, null, null, null);
    }

    /** The reason as a LIKE pattern that matches it anywhere, its own % and _ taken literally (escape: !). */
    public String reasonPattern() {
        return reason == null ? null
                : "%" + reason.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_")
                        + "%";
    }
}
