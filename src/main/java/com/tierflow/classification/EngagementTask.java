package com.tierflow.classification;

import java.time.Instant;

/**
 * A care (purpose CARE, for customer-service) or promotion (PROMOTE, for marketing) task about one customer.
 *
 * @param status OPEN or CLOSED
 * @param outcome CONTACTED, UNREACHABLE, OFFER_SENT or DECLINED once closed
 * @param boughtAgain whether the customer bought within the effect window after the task closed; null until checked
 */
public record EngagementTask(long id, long customerId, String purpose, String reason, String status, Long runId,
                             Instant createdAt, Instant dueAt, Instant closedAt, String outcome, String note,
                             String closedBy, int effectWindowDays, Boolean boughtAgain, Instant effectCheckedAt) {
}
