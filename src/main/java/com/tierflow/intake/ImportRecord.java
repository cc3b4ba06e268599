package com.tierflow.intake;

import java.time.Instant;

/** One pushed file and what became of it; counts grow while it runs. */
public record ImportRecord(
        long id,
        String channelCode,
        String fileName,
        ImportSource source,
        String contentHash,
        long sizeBytes,
        ImportStatus status,
        Long duplicateOf,
        String message,
        long rowsRead,
        long rowsImported,
        long rowsSkipped,
        long rowsDuplicate,
        long rowsConflict,
        long ordersImported,
        long ordersDuplicate,
        long ordersConflict,
        String requestedBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt) {
}
