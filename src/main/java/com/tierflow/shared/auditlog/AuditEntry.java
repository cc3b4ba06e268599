package com.tierflow.shared.auditlog;

import java.time.Instant;

/**
 * One recorded action.
 *
 * @param actor         the user id, {@code channel-token:<CODE>} for a channel token, or {@code system}
 * @param targetType    what was acted on, e.g. {@code import}, {@code order}, {@code report}; may be null
 * @param detail        a short sentence or key=value text; never a password or token
 * @param remoteAddress the caller's address when the action came over HTTP
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String action,
        AuditOutcome outcome,
        String targetType,
        String targetId,
        String detail,
        String remoteAddress) {
}
