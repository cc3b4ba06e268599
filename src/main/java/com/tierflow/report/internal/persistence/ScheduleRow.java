package com.tierflow.report.internal.persistence;

import java.time.Instant;

/** The report_schedule table as MyBatis sees it; parameters are JSON. */
public class ScheduleRow {
    public Long id;
    public String name;
    public String kind;
    public String parameters;
    public String period;
    public String cron;
    public String timeZone;
    public String language;
    public boolean enabled;
    public String createdBy;
    public Instant createdAt;
    public Instant lastDueAt;
}
