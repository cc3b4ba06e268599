package com.tierflow.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The window a scheduled report covers, relative to the day it is due (in the schedule's time zone). */
public enum SchedulePeriod {
    /** yesterday */
    PREVIOUS_DAY,
    /** last Monday to Sunday */
    PREVIOUS_WEEK,
    /** the last calendar month */
    PREVIOUS_MONTH;

    /** The first and last day (inclusive) of the window for a report due on {@code dueDay}. */
    public LocalDate[] window(LocalDate dueDay) {
        return switch (this) {
            case PREVIOUS_DAY -> new LocalDate[] {dueDay.minusDays(1), dueDay.minusDays(1)};
            case PREVIOUS_WEEK -> {
                LocalDate monday = dueDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                yield new LocalDate[] {monday, monday.plusDays(6)};
            }
            case PREVIOUS_MONTH -> {
                LocalDate first = dueDay.withDayOfMonth(1).minusMonths(1);
                yield new LocalDate[] {first, first.withDayOfMonth(first.lengthOfMonth())};
            }
        };
    }
}
