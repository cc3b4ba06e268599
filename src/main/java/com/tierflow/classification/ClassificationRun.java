package com.tierflow.classification;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A classification run and, for a dry run, what it would have changed.
 *
 * @param trigger IMPORT, TIMER or MANUAL
 * @param scope ALL customers, or the customers of one IMPORT
 * @param status REQUESTED, RUNNING, COMPLETED or FAILED
 */
public record ClassificationRun(long id, String trigger, String scope, LocalDate asOf, boolean dryRun, Long importId,
                                String requestedBy, String status, String message, Long modelId, Integer customers,
                                Integer changes, Integer actions, Integer tasksCreated, Instant requestedAt,
                                Instant startedAt, Instant finishedAt, List<Change> wouldChange) {

    public ClassificationRun {
        wouldChange = wouldChange == null ? List.of() : List.copyOf(wouldChange);
    }

    public ClassificationRun withWouldChange(List<Change> changes) {
        return new ClassificationRun(id, trigger, scope, asOf, dryRun, importId, requestedBy, status, message, modelId,
                customers, this.changes, actions, tasksCreated, requestedAt, startedAt, finishedAt, changes);
    }

    public record Change(long customerId, String attribute, String fromValue, String toValue) {
    }

    @JsonIgnore
    public boolean isFinished() {
        return "COMPLETED".equals(status) || "FAILED".equals(status);
    }
}
