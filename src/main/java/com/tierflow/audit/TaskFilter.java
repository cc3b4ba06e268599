package com.tierflow.audit;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Which approval tasks a list shows; every criterion but the scope is optional.
 *
 * @param reason    an audit reason code the order must have, e.g. {@code HIGH_VALUE}
 * @param minAmount inclusive, on the order total
 * @param maxAmount inclusive
 * @param minAge    only tasks waiting at least this long
 * @param maxAge    only tasks waiting at most this long
 */
public record TaskFilter(
        TaskScope scope,
        String channelCode,
        String reason,
        BigDecimal minAmount,
        BigDecimal maxAmount,
        Duration minAge,
        Duration maxAge) {

    public TaskFilter {
        scope = scope == null ? TaskScope.ALL : scope;
    }

    public static TaskFilter all() {
        return new TaskFilter(TaskScope.ALL, null, null, null, null, null, null);
    }
}
