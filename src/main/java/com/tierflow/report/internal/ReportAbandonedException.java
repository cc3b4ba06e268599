package com.tierflow.report.internal;

/** This node lost its claim on a report (another node took it over); the run stops without touching the archive. */
public class ReportAbandonedException extends RuntimeException {

    public ReportAbandonedException(long reportId) {
        super("Report " + reportId + " was taken over by another node");
    }
}
