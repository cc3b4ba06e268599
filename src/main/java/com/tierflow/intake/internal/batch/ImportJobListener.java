package com.tierflow.intake.internal.batch;

import com.tierflow.intake.ImportStatus;
import com.tierflow.intake.OrdersImported;
import com.tierflow.intake.internal.persistence.ImportMapper;
import com.tierflow.intake.internal.persistence.ImportRow;
import com.tierflow.intake.internal.read.UnreadableFileException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.JobExecution;
import org.springframework.batch.core.JobExecutionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Turns the job's end into the import's final status, message and follow-ups. */
@Component
public class ImportJobListener implements JobExecutionListener {

    private static final Logger log = LoggerFactory.getLogger(ImportJobListener.class);

    private final ImportMapper imports;
    private final StagingTable staging;
    private final ImportFinishing finishing;
    private final ImportMetrics metrics;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final int maxAttempts;

    ImportJobListener(ImportMapper imports, StagingTable staging, ImportFinishing finishing, ImportMetrics metrics,
            ApplicationEventPublisher events,
            TransactionTemplate transaction, Clock clock, @Value("${tierflow.intake.max-attempts:3}") int maxAttempts) {
        this.imports = imports;
        this.staging = staging;
        this.finishing = finishing;
        this.metrics = metrics;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
        this.maxAttempts = maxAttempts;
    }

    @Override
    public void beforeJob(JobExecution jobExecution) {
        imports.markStarted(importId(jobExecution), Instant.now(clock));
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        long importId = importId(jobExecution);
        if (jobExecution.getStatus() == BatchStatus.COMPLETED) {
            complete(importId);
            return;
        }
        UnreadableFileException unreadable = findUnreadable(jobExecution);
        if (unreadable != null) {
            fail(importId, unreadable.getMessage());
            return;
        }
        ImportRow row = imports.findById(importId).orElseThrow();
        Throwable failure = jobExecution.getAllFailureExceptions().stream().findFirst().orElse(null);
        String cause = failure == null ? "stopped" : rootCause(failure);
        if (row.attempts >= maxAttempts) {
            log.error("Import {} given up after {} attempts", importId, row.attempts, failure);
            fail(importId, "The import stopped " + row.attempts + " times because of a technical problem and was given up ("
                    + cause + "). Push the file again once the problem is fixed.");
        } else {
            log.warn("Import {} interrupted, it will resume: {}", importId, cause, failure);
            imports.finish(importId, ImportStatus.INTERRUPTED.name(),
                    "Interrupted by a technical problem; it resumes automatically where it stopped (" + cause + ").",
                    Instant.now(clock));
        }
    }

    /** Also called when recovery finds a job that completed but whose import was never closed. */
    public void complete(long importId) {
        ImportRow row = transaction.execute(status -> {
            ImportRow current = imports.findById(importId).orElseThrow();
            staging.deleteAll(importId);
            boolean clean = current.rowsSkipped == 0 && current.rowsConflict == 0;
            imports.finish(importId, (clean ? ImportStatus.COMPLETED : ImportStatus.COMPLETED_WITH_ERRORS).name(),
                    summary(current), Instant.now(clock));
            return imports.findById(importId).orElseThrow();
        });
        log.info("Import {} finished: {}", importId, row.message);
        metrics.recordFinished(row);
        finishing.settleOriginal(row, true);
        events.publishEvent(new OrdersImported(importId, row.channelId, row.ordersImported));
    }

    private void fail(long importId, String message) {
        ImportRow row = transaction.execute(status -> {
            staging.deleteAll(importId);
            imports.deleteProblems(importId);
            imports.releaseContent(importId);
            imports.finish(importId, ImportStatus.FAILED.name(), message, Instant.now(clock));
            return imports.findById(importId).orElseThrow();
        });
        log.warn("Import {} failed: {}", importId, message);
        metrics.recordFinished(row);
        finishing.settleOriginal(row, false);
    }

    static String summary(ImportRow row) {
        StringBuilder text = new StringBuilder();
        text.append(String.format("Imported %,d orders (%,d rows) of %,d rows read.", row.ordersImported, row.rowsImported,
                row.rowsRead));
        if (row.rowsSkipped > 0) {
            text.append(String.format(" %,d rows skipped (see the error report).", row.rowsSkipped));
        }
        if (row.ordersDuplicate > 0) {
            text.append(String.format(" %,d orders (%,d rows) were known already and left as they were.",
                    row.ordersDuplicate, row.rowsDuplicate));
        }
        if (row.ordersConflict > 0) {
            text.append(String.format(" %,d orders (%,d rows) conflict with earlier imports.", row.ordersConflict,
                    row.rowsConflict));
        }
        if (row.rowsRead == 0) {
            text.append(" The file has a header but no data rows.");
        }
        return text.toString();
    }

    /** The innermost cause's first line: enough to tell a database outage from a full disk, without internals. */
    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName()
                : root.getMessage().lines().findFirst().orElse("").strip();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }

    private static UnreadableFileException findUnreadable(JobExecution jobExecution) {
        for (Throwable failure : jobExecution.getAllFailureExceptions()) {
            for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
                if (e instanceof UnreadableFileException unreadable) {
                    return unreadable;
                }
            }
        }
        return null;
    }

    private static long importId(JobExecution jobExecution) {
        return jobExecution.getJobParameters().getLong(OrderImportJobConfig.IMPORT_ID);
    }
}
