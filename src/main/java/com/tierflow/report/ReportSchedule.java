package com.tierflow.report;

import java.time.Instant;

/**
 * A report generated on a cron expression (Spring's six fields: second minute hour day month weekday), e.g.
 * {@code 0 0 6 * * *} daily at 06:00 or {@code 0 0 7 * * MON} weekly; the window is the period before the due day.
 * Its parameters' dates are ignored: each run sets them from {@code period}.
 */
public record ReportSchedule(
        long id,
        String name,
        String kind,
        ReportParameters parameters,
        SchedulePeriod period,
        String cron,
        String timeZone,
        String language,
        boolean enabled,
        String createdBy,
        Instant createdAt,
        Instant lastDueAt) {
}
