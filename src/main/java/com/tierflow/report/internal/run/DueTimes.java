package com.tierflow.report.internal.run;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.springframework.scheduling.support.CronExpression;

/** When a schedule is due: the latest cron time after its last run and not after now. Missed older runs are skipped. */
final class DueTimes {

    /** Bounds the walk through a very frequent cron after a long outage. */
    private static final int MAX_STEPS = 100_000;

    private DueTimes() {
    }

    static Optional<Instant> latestDue(String cron, ZoneId zone, Instant after, Instant now) {
        CronExpression expression = CronExpression.parse(cron);
        ZonedDateTime cursor = after.atZone(zone);
        ZonedDateTime due = null;
        for (int i = 0; i < MAX_STEPS; i++) {
            ZonedDateTime next = expression.next(cursor);
            if (next == null || next.toInstant().isAfter(now)) {
                break;
            }
            due = next;
            cursor = next;
        }
        return Optional.ofNullable(due).map(ZonedDateTime::toInstant);
    }
}
