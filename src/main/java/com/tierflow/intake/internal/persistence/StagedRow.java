package com.tierflow.intake.internal.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** A staged line read back to report it, with the import that owns its order when that is another one. */
public record StagedRow(long rowNo, String channelOrderNo, Instant orderedAt, String customerIdentity, String sku,
                        int quantity, BigDecimal unitPrice, BigDecimal lineDiscount, BigDecimal orderDiscount,
                        BigDecimal shippingFee, BigDecimal declaredTotal, Long ownerImportId) {

    public String describe() {
        return "order_no=" + channelOrderNo + " | ordered_at=" + orderedAt + " | customer=" + customerIdentity
                + " | sku=" + sku + " | quantity=" + quantity + " | unit_price=" + unitPrice
                + " | line_discount=" + lineDiscount + " | order_discount=" + nullToEmpty(orderDiscount)
                + " | shipping_fee=" + nullToEmpty(shippingFee) + " | order_total=" + nullToEmpty(declaredTotal);
    }

    private static String nullToEmpty(Object value) {
        return value == null ? "" : value.toString();
    }
}
