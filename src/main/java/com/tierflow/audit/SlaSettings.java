package com.tierflow.audit;

import java.time.Duration;
import java.time.Instant;

/**
 * The review SLA in force.
 *
 * @param changedBy who set it last; null while the configuration's defaults ({@code tierflow.audit.review-sla},
 *                  {@code tierflow.audit.reminder-before}) apply
 */
public record SlaSettings(Duration reviewSla, Duration reminderBefore, String changedBy, Instant changedAt) {
}
