package com.tierflow.report;

import java.time.Instant;

/**
 * One report of the archive.
 *
 * @param progress        0–100 while it runs
 * @param contactsVisible whether the file holds phone numbers and e-mails in full (only admins may download it then)
 * @param scheduleId      the schedule that queued it, null when a user asked
 * @param attempts        how many times a node started it (more than one after a crash)
 */
public record ReportRecord(
        long id,
        String kind,
        ReportParameters parameters,
        String language,
        ReportStatus status,
        int progress,
        String message,
        String requestedBy,
        boolean contactsVisible,
        Long scheduleId,
        String fileName,
        Long sizeBytes,
        Long rowCount,
        int attempts,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {
}
