package com.tierflow.intake;

public enum ImportStatus {
    /** Accepted, waiting for a worker. */
    QUEUED,
    RUNNING,
    /** Stopped by a technical fault (not the file's); resumes where it stopped. */
    INTERRUPTED,
    COMPLETED,
    /** Imported, but some rows or orders were skipped or conflicted; see the error report. */
    COMPLETED_WITH_ERRORS,
    /** The file as a whole could not be imported; nothing from it was kept. */
    FAILED,
    /** The same bytes were imported before for this channel. */
    DUPLICATE_FILE;

    public boolean isFinished() {
        return this == COMPLETED || this == COMPLETED_WITH_ERRORS || this == FAILED || this == DUPLICATE_FILE;
    }
}
