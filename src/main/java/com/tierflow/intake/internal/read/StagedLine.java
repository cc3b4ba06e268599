package com.tierflow.intake.internal.read;

import java.math.BigDecimal;
import java.time.Instant;

/** A valid order line, typed and normalised, ready for the staging table. */
public record StagedLine(
        long rowNumber,
        int sliceNo,
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

    /** Orders are merged in slices of this many hash buckets, so that each merge transaction stays short. */
    public static final int SLICES = 1024;
}
