package com.tierflow.audit.internal;

import java.time.Instant;

/** One row of audit_result; reasons and fired rules comma-separated. */
record AuditResultRow(
        long orderId,
        long importId,
        String outcome,
        String reasons,
        String firedRules,
        String decisionId,
        Instant auditedAt,
        String facts,
        String processInstanceId) {
}
