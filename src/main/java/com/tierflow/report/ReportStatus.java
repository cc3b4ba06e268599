package com.tierflow.report;

/** Where a report stands; QUEUED and RUNNING reports are picked up again after a crash. */
public enum ReportStatus {
    QUEUED,
    RUNNING,
    COMPLETED,
    FAILED;

    public boolean isFinished() {
        return this == COMPLETED || this == FAILED;
    }
}
