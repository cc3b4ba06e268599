package com.tierflow.report.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.report.internal.reports.ApprovalQueries.ApprovalEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApprovalJourneyTest {

    private static final Instant T0 = Instant.parse("2024-05-01T08:00:00Z");

    @Test
    void shouldSplitAnEscalatedOrderIntoReviewAndManagerStages() {
        List<ApprovalJourney> journeys = ApprovalJourney.of(List.of(
                event(1, 0, "audit", "STATUS_CHANGED", "IMPORTED", "PENDING_REVIEW"),
                event(1, 90, "clerk", "ESCALATED", null, null),
                event(1, 90, "clerk", "STATUS_CHANGED", "PENDING_REVIEW", "PENDING_MANAGER"),
                event(1, 200, "boss", "STATUS_CHANGED", "PENDING_MANAGER", "REJECTED"),
                event(2, 0, "audit", "STATUS_CHANGED", "IMPORTED", "PENDING_REVIEW")));

        assertThat(journeys).hasSize(2);
        ApprovalJourney escalated = journeys.get(0);
        assertThat(escalated.review.time()).isEqualTo(Duration.ofMinutes(90));
        assertThat(escalated.review.actor).isEqualTo("clerk");
        assertThat(escalated.escalatedByClerk()).isTrue();
        assertThat(escalated.escalatedOverdue()).isFalse();
        assertThat(escalated.manager.time()).isEqualTo(Duration.ofMinutes(110));
        assertThat(escalated.manager.decision).isEqualTo("REJECTED");
        assertThat(escalated.finished()).isEqualTo(T0.plus(Duration.ofMinutes(200)));
        ApprovalJourney open = journeys.get(1);
        assertThat(open.review.end).isNull();
        assertThat(open.finished()).isNull();
    }

    @Test
    void shouldTellAnOverdueEscalationFromAClerksDecision() {
        ApprovalJourney overdue = ApprovalJourney.of(List.of(
                event(3, 0, "audit", "STATUS_CHANGED", "IMPORTED", "PENDING_REVIEW"),
                event(3, 241, ApprovalJourney.SYSTEM, "ESCALATED", null, null),
                event(3, 241, ApprovalJourney.SYSTEM, "STATUS_CHANGED", "PENDING_REVIEW", "PENDING_MANAGER"))).get(0);

        assertThat(overdue.escalatedOverdue()).isTrue();
        assertThat(overdue.reviewedByClerk()).isFalse();
        assertThat(overdue.finished()).isNull();
    }

    @Test
    void shouldTakeNearestRankPercentilesInHours() {
        List<Duration> sorted = List.of(Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3),
                Duration.ofHours(4), Duration.ofMinutes(330));

        assertThat(ApprovalsReport.percentile(sorted, 50)).isEqualByComparingTo("3");
        assertThat(ApprovalsReport.percentile(sorted, 90)).isEqualByComparingTo("5.5");
        assertThat(ApprovalsReport.percentile(List.of(), 90)).isNull();
    }

    private static ApprovalEvent event(long order, int minutes, String actor, String kind, String from, String to) {
        return new ApprovalEvent(order, "TMALL", T0.plus(Duration.ofMinutes(minutes)), actor, kind, from, to);
    }
}
