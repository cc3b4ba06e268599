package com.tierflow.report.internal.reports;

import com.tierflow.report.internal.reports.ApprovalQueries.ApprovalEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One order's way through the people's approval, read from its history: the clerk review (from PENDING_REVIEW until
 * the first status change out of it) and the manager's approval (PENDING_MANAGER until its end), who ended each, and
 * whether it was escalated by the clerk or because the review ran past its SLA.
 */
final class ApprovalJourney {

    /** The actor the workflow writes for what nobody did by hand (an overdue review's escalation). */
    static final String SYSTEM = "system";

    /** The time an order spent in one status: who ended it, when, and with which status. */
    static final class Stage {
        private final String status;
        Instant start;
        Instant end;
        String actor;
        String decision;

        private Stage(String status) {
            this.status = status;
        }

        private void add(ApprovalEvent e) {
            if (status.equals(e.toStatus()) && start == null) {
                start = e.occurredAt();
            } else if (status.equals(e.fromStatus()) && start != null && end == null) {
                end = e.occurredAt();
                actor = e.actor();
                decision = e.toStatus();
            }
        }

        Duration time() {
            return Duration.between(start, end);
        }
    }

    final long orderId;
    final String channelCode;
    final Stage review = new Stage("PENDING_REVIEW");
    final Stage manager = new Stage("PENDING_MANAGER");
    String escalatedBy;

    private ApprovalJourney(long orderId, String channelCode) {
        this.orderId = orderId;
        this.channelCode = channelCode;
    }

    /** Events of many orders, grouped by order and oldest first within each, as the query returns them. */
    static List<ApprovalJourney> of(List<ApprovalEvent> events) {
        List<ApprovalJourney> journeys = new ArrayList<>();
        events.forEach(event -> add(journeys, event));
        return journeys;
    }

    /** Adds the event to the last journey if it is of the same order, else starts that order's journey. */
    static void add(List<ApprovalJourney> journeys, ApprovalEvent event) {
        ApprovalJourney last = journeys.isEmpty() ? null : journeys.get(journeys.size() - 1);
        if (last == null || last.orderId != event.orderId()) {
            last = new ApprovalJourney(event.orderId(), event.channelCode());
            journeys.add(last);
        }
        last.add(event);
    }

    private void add(ApprovalEvent e) {
        if ("ESCALATED".equals(e.kind())) {
            escalatedBy = escalatedBy == null ? e.actor() : escalatedBy;
            return;
        }
        review.add(e);
        manager.add(e);
    }

    boolean reviewedByClerk() {
        return review.end != null && !SYSTEM.equals(review.actor);
    }

    boolean escalatedOverdue() {
        return SYSTEM.equals(escalatedBy);
    }

    boolean escalatedByClerk() {
        return escalatedBy != null && !SYSTEM.equals(escalatedBy);
    }

    /** When the order left the people's hands: the manager's decision, else the clerk's unless handed on. */
    Instant finished() {
        return manager.start != null ? manager.end : review.end;
    }
}
