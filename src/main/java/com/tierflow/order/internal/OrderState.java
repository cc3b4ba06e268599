package com.tierflow.order.internal;

import com.tierflow.order.OrderStatus;

record OrderState(long orderId, OrderStatus status, int version) {
}
