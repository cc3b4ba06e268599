package com.tierflow.report;

/** The time bucket of a report's series; weeks start on Monday. */
public enum Granularity {
    DAY,
    WEEK,
    MONTH
}
