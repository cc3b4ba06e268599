package com.tierflow.order.internal;

import com.tierflow.order.LedgerEntryView;
import com.tierflow.order.OrderDetail;
import com.tierflow.order.OrderEvent;
import com.tierflow.order.OrderLineView;
import com.tierflow.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The order's own columns; lines and ledger entries and history are read separately and joined in {@link #toDetail}. */
record OrderRow(
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
        int version) {

    OrderDetail toDetail(List<OrderLineView> lines, List<LedgerEntryView> ledger, List<OrderEvent> timeline) {
        return new OrderDetail(id, channelCode, channelOrderNo, customerId, importId, status, orderedAt, goodsAmount,
                lineDiscount, orderDiscount, shippingFee, totalAmount, declaredTotal, lineCount, customerName, phone,
                email, province, city, address, paymentMethod, couponCode, createdAt, version, lines, ledger, timeline);
    }
}
