package com.tierflow.report.internal;

/** The optional parameters a report may take beyond its date window. */
public enum ReportParameter {
    CHANNELS,
    PROVINCES,
    TIERS,
    GRANULARITY,
    CHURN_DAYS,
    /** migrationFrom and migrationTo: the two dates of the customers report's tier migration matrix */
    MIGRATION_DATES
}
