package com.tierflow.classification.internal.persistence;

import java.time.Instant;
import java.time.LocalDate;

/** A row of classification_run. */
public class RunRow {
    public Long id;
    public String runTrigger;
    public String scope;
    public LocalDate asOf;
    public boolean dryRun;
    public Long importId;
    public String requestedBy;
    public String status;
    public String message;
    public Long modelId;
    public Integer customers;
    public Integer changes;
    public Integer actions;
    public Integer tasksCreated;
    public Instant requestedAt;
    public Instant startedAt;
    public Instant finishedAt;
    public String nodeId;
    public String processInstanceId;
}
