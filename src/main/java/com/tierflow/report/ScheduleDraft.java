package com.tierflow.report;

/** A new schedule; {@code timeZone} defaults to the report time zone, {@code language} to zh. */
public record ScheduleDraft(String name, String kind, ReportParameters parameters, SchedulePeriod period, String cron,
                            String timeZone, String language) {
}
