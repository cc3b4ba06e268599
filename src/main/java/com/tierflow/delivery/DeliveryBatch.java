package com.tierflow.delivery;

import java.time.Instant;
import java.util.List;

/** Approved orders of one channel released together; {@code warehouse} is the batch's optional destination. */
public record DeliveryBatch(long id, String channelCode, String warehouse, int orderCount, String createdBy,
        Instant createdAt, List<Long> orderIds) {

    public DeliveryBatch {
        orderIds = List.copyOf(orderIds);
    }
}
