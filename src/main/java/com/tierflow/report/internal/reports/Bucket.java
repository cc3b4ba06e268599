package com.tierflow.report.internal.reports;

import java.time.Instant;
import java.time.LocalDate;

/** One period of a series: [start, end) in instants, labelled by its first day in the report zone. */
public final class Bucket {
    public final int idx;
    public final Instant start;
    public final Instant end;
    public final LocalDate firstDay;

    Bucket(int idx, Instant start, Instant end, LocalDate firstDay) {
        this.idx = idx;
        this.start = start;
        this.end = end;
        this.firstDay = firstDay;
    }
}
