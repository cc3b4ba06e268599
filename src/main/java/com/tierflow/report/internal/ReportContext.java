package com.tierflow.report.internal;

import com.tierflow.report.ReportParameters;
import com.tierflow.report.internal.workbook.Labels;
import com.tierflow.report.internal.workbook.ReportWorkbook;
import com.tierflow.report.internal.workbook.SummarySheet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.IntConsumer;

/** What a report writes with: its parameters, the workbook, the report time zone and a progress gauge. */
public final class ReportContext {

    private final String kind;
    private final ReportParameters parameters;
    private final ReportWorkbook workbook;
    private final ZoneId zone;
    private final Instant generatedAt;
    private final String requestedBy;
    private final IntConsumer progress;

    public ReportContext(String kind, ReportParameters parameters, ReportWorkbook workbook, ZoneId zone,
            Instant generatedAt, String requestedBy, IntConsumer progress) {
        this.kind = kind;
        this.parameters = parameters;
        this.workbook = workbook;
        this.zone = zone;
        this.generatedAt = generatedAt;
        this.requestedBy = requestedBy;
        this.progress = progress;
    }

    public ReportParameters parameters() {
        return parameters;
    }

    public ReportWorkbook workbook() {
        return workbook;
    }

    public Labels labels() {
        return workbook.labels();
    }

    public ZoneId zone() {
        return zone;
    }

    /** The first instant of the window: the start of {@code from} in the report zone. */
    public Instant fromInstant() {
        return parameters.from().atStartOfDay(zone).toInstant();
    }

    /** The first instant after the window: the start of the day after {@code to}. */
    public Instant toExclusive() {
        return parameters.to().plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** When the report was generated: "now" for open and overdue work. */
    public Instant generatedAt() {
        return generatedAt;
    }

    public LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, zone);
    }

    /** Reports progress in percent (0–100); throws {@link ReportAbandonedException} if this node lost the report. */
    public void progress(int percent) {
        progress.accept(Math.max(0, Math.min(99, percent)));
    }

    /**
     * The summary sheet with the title and the parameter block every report shares; the caller adds its key figures
     * after {@code section("summary.figures")}.
     */
    public SummarySheet summary() {
        SummarySheet summary = workbook.summary("report." + kind);
        summary.section("summary.parameters")
                .text("summary.period", LocalDate.from(parameters.from()) + " ~ " + parameters.to())
                .text("summary.channels", parameters.channels().isEmpty() ? labels().get("summary.all")
                        : String.join(", ", parameters.channels()))
                .text("summary.provinces", parameters.provinces().isEmpty() ? labels().get("summary.all")
                        : String.join(", ", parameters.provinces()))
                .text("summary.tiers", parameters.tiers().isEmpty() ? labels().get("summary.all")
                        : String.join(", ", parameters.tiers()))
                .text("summary.zone", zone.getId())
                .dateTime("summary.generatedAt", local(generatedAt))
                .text("summary.requestedBy", requestedBy)
                .text("summary.contacts", labels().get(workbook.contactsVisible() ? "summary.contacts.full"
                        : "summary.contacts.masked"));
        return summary;
    }
}
