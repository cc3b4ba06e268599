package com.tierflow.delivery;

import java.time.Instant;
import java.util.List;

/** A pushed shipment file and what became of each of its rows. */
public record ShipmentFileReport(
        long id,
        String channelCode,
        String fileName,
        String contentHash,
        ShipmentFileStatus status,
        Long duplicateOf,
        String message,
        int rowsRead,
        int rowsShipped,
        int rowsRepeated,
        int rowsFailed,
        String requestedBy,
        Instant createdAt,
        Instant finishedAt,
        List<ShipmentProblem> problems) {

    public ShipmentFileReport {
        problems = List.copyOf(problems);
    }
}
