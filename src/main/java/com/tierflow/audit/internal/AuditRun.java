package com.tierflow.audit.internal;

import java.time.Instant;

/**
 * Where the audit of an import stands: orders with ids from nextOrderId to lastOrderId are still to do.
 *
 * @param orderFlagsReady whether the import's first-order and duplicate flags are in audit_order_flag
 */
record AuditRun(long importId, Long firstOrderId, Long lastOrderId, Long nextOrderId, Instant startedAt,
        Instant finishedAt, boolean orderFlagsReady) {

    boolean done() {
        return finishedAt != null || nextOrderId == null || nextOrderId > lastOrderId;
    }
}
