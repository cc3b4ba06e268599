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
 * @param version       changes with every status change; send it back to change the order only as seen
 * @param timeline      the order's history, oldest first: who did what, when and why
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
        int version,
        List<OrderLineView> lines,
        List<LedgerEntryView> ledger,
        List<OrderEvent> timeline) {

    public OrderDetail {
        lines = List.copyOf(lines);
        ledger = List.copyOf(ledger);
        timeline = List.copyOf(timeline);
    }
}
