package com.tierflow.order;

import java.time.Instant;

/**
 * One entry of an order's history: who did what, when and why.
 *
 * @param fromStatus for a status change, the status left; otherwise null
 * @param toStatus   for a status change, the status entered; otherwise null
 * @param details    machine-readable particulars (JSON text), e.g. the audit's reason codes and fired rules
 */
public record OrderEvent(
        long id,
        long orderId,
        Instant occurredAt,
        String actor,
        OrderEventKind kind,
        OrderStatus fromStatus,
        OrderStatus toStatus,
        String reason,
        String details) {
}
