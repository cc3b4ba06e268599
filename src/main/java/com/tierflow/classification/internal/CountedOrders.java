package com.tierflow.classification.internal;

import com.tierflow.order.OrderStatus;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The one definition of an order that counts as a purchase: approved or further along, returns included. */
public final class CountedOrders {

    /** Returned orders count as purchases; their refunds lower the net value through the ledger. */
    public static final Set<OrderStatus> STATUSES = EnumSet.of(OrderStatus.APPROVED, OrderStatus.RELEASED,
            OrderStatus.SHIPPED, OrderStatus.COMPLETED, OrderStatus.RETURNED);

    public static final List<String> STATUS_NAMES = STATUSES.stream().map(Enum::name).toList();

    private CountedOrders() {
    }
}
