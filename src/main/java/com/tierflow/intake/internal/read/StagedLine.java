package com.tierflow.intake.internal.read;

import java.math.BigDecimal;
import java.time.Instant;

/** A valid order line, typed and normalised, ready to be merged into its order. */
public record StagedLine(
        long rowNumber,
        String orderNo,
        Instant orderedAt,
        String customerIdentity,
        String aliasIdentity,
        String customerName,
        String phone,
        String email,
        String province,
        String city,
        String address,
        String sku,
        String productName,
        String category,
        int quantity,
        BigDecimal unitPrice,
        BigDecimal lineDiscount,
        BigDecimal orderDiscount,
        BigDecimal shippingFee,
        BigDecimal declaredTotal,
        String paymentMethod,
        String couponCode,
        long lineHash) {

    /** The line's values for an error report, as they were understood. */
    public String describe() {
        return "order_no=" + orderNo + " | ordered_at=" + orderedAt + " | customer=" + customerIdentity + " | sku=" + sku
                + " | quantity=" + quantity + " | unit_price=" + unitPrice + " | line_discount=" + lineDiscount
                + " | order_discount=" + orEmpty(orderDiscount) + " | shipping_fee=" + orEmpty(shippingFee)
                + " | order_total=" + orEmpty(declaredTotal);
    }

    private static String orEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
