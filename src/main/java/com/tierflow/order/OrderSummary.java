package com.tierflow.order;

import java.math.BigDecimal;
import java.time.Instant;

/** An order in a list: enough to recognise it and open its detail. */
public record OrderSummary(
        long id,
        String channelCode,
        String channelOrderNo,
        long customerId,
        String customerName,
        OrderStatus status,
        Instant orderedAt,
        BigDecimal totalAmount,
        BigDecimal declaredTotal,
        int lineCount) {
}
