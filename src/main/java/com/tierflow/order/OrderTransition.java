package com.tierflow.order;

/** The result of a status change: the order now stands at {@code to} with this {@code version}. */
public record OrderTransition(long orderId, OrderStatus from, OrderStatus to, int version) {
}
