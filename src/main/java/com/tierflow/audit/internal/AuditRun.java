package com.tierflow.audit.internal;

import java.time.Instant;

/** Where the audit of an import stands: orders with ids from nextOrderId to lastOrderId are still to do. */
record AuditRun(long importId, Long firstOrderId, Long lastOrderId, Long nextOrderId, Instant startedAt,
        Instant finishedAt) {

    boolean done() {
        return finishedAt != null || nextOrderId == null || nextOrderId > lastOrderId;
    }
}
