package com.tierflow.intake.internal.persistence;

import java.time.Instant;

/** The import_run table as MyBatis sees it (plus the channel's code). */
public class ImportRow {
    public Long id;
    public long channelId;
    public String channelCode;
    public String fileName;
    public String storedPath;
    public String originPath;
    public String source;
    public String contentHash;
    public long sizeBytes;
    public String status;
    public Long duplicateOf;
    public String message;
    public long rowsRead;
    public long rowsImported;
    public long rowsSkipped;
    public long rowsDuplicate;
    public long rowsConflict;
    public long ordersImported;
    public long ordersDuplicate;
    public long ordersConflict;
    public String requestedBy;
    public String nodeId;
    public Instant heartbeatAt;
    public int attempts;
    public Instant createdAt;
    public Instant startedAt;
    public Instant finishedAt;
}
