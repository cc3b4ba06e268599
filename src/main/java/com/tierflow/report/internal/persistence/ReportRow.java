package com.tierflow.report.internal.persistence;

import java.time.Instant;

/** The report_run table as MyBatis sees it; parameters are JSON. */
public class ReportRow {
    public Long id;
    public String kind;
    public String parameters;
    public String language;
    public String status;
    public int progress;
    public String message;
    public String requestedBy;
    public boolean contactsVisible;
    public Long scheduleId;
    public String fileName;
    public String filePath;
    public Long sizeBytes;
    public Long rowCount;
    public String nodeId;
    public Instant heartbeatAt;
    public int attempts;
    public Instant createdAt;
    public Instant startedAt;
    public Instant finishedAt;
}
