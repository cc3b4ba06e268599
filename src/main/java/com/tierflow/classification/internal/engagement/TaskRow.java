package com.tierflow.classification.internal.engagement;

import java.time.Instant;

/** A new row of engagement_task. */
class TaskRow {
    Long id;
    long customerId;
    String purpose;
    String reason;
    Long runId;
    String openKey;
    Instant createdAt;
    Instant dueAt;
    int effectWindowDays;
}
