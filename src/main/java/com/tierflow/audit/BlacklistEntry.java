package com.tierflow.audit;

import java.time.Instant;

/** A blacklisted phone, address or customer: orders matching it need a manager (or are rejected, for customers). */
public record BlacklistEntry(long id, BlacklistKind kind, String value, String reason, String createdBy,
        Instant createdAt) {
}
