package com.tierflow.report.internal.reports;

import com.tierflow.report.Granularity;
import com.tierflow.report.internal.ReportContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a window of days into days, weeks (Monday first) or months in the report zone. The database compares order
 * instants with these boundaries, so buckets are right in any zone and on both databases (no zone arithmetic in SQL).
 */
public final class Buckets {

    private Buckets() {
    }

    /** Periods covering [from, to] (inclusive days); the first and last may be cut by the window. */
    public static List<Bucket> of(LocalDate from, LocalDate to, Granularity granularity, ZoneId zone) {
        List<Bucket> buckets = new ArrayList<>();
        LocalDate periodStart = switch (granularity) {
            case DAY -> from;
            case WEEK -> from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> from.withDayOfMonth(1);
        };
        LocalDate end = to.plusDays(1);
        while (periodStart.isBefore(end)) {
            LocalDate next = switch (granularity) {
                case DAY -> periodStart.plusDays(1);
                case WEEK -> periodStart.plusWeeks(1);
                case MONTH -> periodStart.plusMonths(1);
            };
            LocalDate clippedStart = periodStart.isBefore(from) ? from : periodStart;
            LocalDate clippedEnd = next.isAfter(end) ? end : next;
            buckets.add(new Bucket(buckets.size(), instant(clippedStart, zone), instant(clippedEnd, zone), periodStart));
            periodStart = next;
        }
        return buckets;
    }

    /** The calendar months of a report's window in its zone. */
    static List<Bucket> months(ReportContext context) {
        return of(context.parameters().from(), context.parameters().to(), Granularity.MONTH, context.zone());
    }

    private static Instant instant(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
