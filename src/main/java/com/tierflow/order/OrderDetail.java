package com.tierflow.order;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An order as imported, with its lines and ledger entries. The contact fields are those the channel's file gave for
 * this order; the customer's own record may differ.
 *
 * @param totalAmount   goods − line discounts − order discount + shipping, as computed on import
 * @param declaredTotal the order total the channel's file stated, when it stated one
 */
public record OrderDetail(
        long id,
        String channelCode,
        String channelOrderNo,
        long customerId,
        long importId,
        OrderStatus status,
        Instant orderedAt,
        BigDecimal goodsAmount,
        BigDecimal lineDiscount,
        BigDecimal orderDiscount,
        BigDecimal shippingFee,
        BigDecimal totalAmount,
        BigDecimal declaredTotal,
        int lineCount,
        String customerName,
        String phone,
        String email,
        String province,
        String city,
        String address,
        String paymentMethod,
        String couponCode,
        Instant createdAt,
        List<OrderLineView> lines,
        List<LedgerEntryView> ledger) {

    public OrderDetail {
        lines = List.copyOf(lines);
        ledger = List.copyOf(ledger);
    }
}
