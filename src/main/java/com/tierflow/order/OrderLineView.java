package com.tierflow.order;

import java.math.BigDecimal;

/** One order line; {@code sourceRow} is its row number in the channel's file. */
public record OrderLineView(
        int lineNo,
        long sourceRow,
        String sku,
        String productName,
        String category,
        int quantity,
        BigDecimal unitPrice,
        BigDecimal lineDiscount,
        BigDecimal lineAmount) {
}
