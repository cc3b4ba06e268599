package com.tierflow.audit.internal;

import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the approval processes of the orders an audit sent to people. A slice records them (audit results without a
 * process) and moves on; a worker thread starts them meanwhile, a few per transaction, so that the process engine's
 * work overlaps the next slices instead of waiting for them. Whoever starts one claims its audit result with
 * {@code skip locked}, so each order gets one process even with the importing thread, the worker or another node
 * draining the same import. An import's audit ends only once none is left ({@link #drain}); what a crash left
 * behind is started when the audit step runs again.
 */
@Component
class ApprovalOutbox {

    private static final Logger log = LoggerFactory.getLogger(ApprovalOutbox.class);
    private static final int PER_TRANSACTION = 20;
    private static final Duration POLL = Duration.ofMillis(50);

    private final AuditMapper audits;
    private final ApprovalStarter starter;
    private final TransactionTemplate eachBatch;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "approval-starts");
        thread.setDaemon(true);
        return thread;
    });
    // one queued or running drain per import is enough: it takes whatever is pending when it looks
    private final Set<Long> queued = ConcurrentHashMap.newKeySet();

    ApprovalOutbox(AuditMapper audits, ApprovalStarter starter, PlatformTransactionManager transactions) {
        this.audits = audits;
        this.starter = starter;
        this.eachBatch = new TransactionTemplate(transactions);
        this.eachBatch.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Once the caller's transaction has committed its audit results, the worker starts their processes. */
    void startAfterCommit(long importId) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                if (queued.add(importId)) {
                    // the worker's log lines name the import, channel and file as the importing thread's do
                    Map<String, String> logContext = MDC.getCopyOfContextMap();
                    worker.execute(() -> {
                        MDC.setContextMap(logContext == null ? Map.of() : logContext);
                        try {
                            startInBackground(importId);
                        } finally {
                            MDC.clear();
                        }
                    });
                }
            }
        });
    }

    /** Starts what is pending on the calling thread and waits for the worker's batch in flight; returns when none is left. */
    void drain(long importId) {
        while (true) {
            if (startBatch(importId) > 0) {
                continue;
            }
            // read in a transaction of its own: the caller's may be older than the worker's last commit
            Long pending = eachBatch.execute(status -> audits.countPendingApprovals(importId));
            if (pending == null || pending == 0) {
                return;
            }
            sleep();
        }
    }

    private void startInBackground(long importId) {
        queued.remove(importId);
        try {
            while (startBatch(importId) > 0) {
                // more may be pending: the slices go on while this runs
            }
        } catch (RuntimeException e) {
            // the audit step's own drain starts them, and fails the step if it cannot either
            log.warn("Starting approvals of import {} in the background failed; the audit step will retry: {}", importId,
                    e.getMessage());
        }
    }

    /** @return how many processes this batch started */
    private int startBatch(long importId) {
        Integer started = eachBatch.execute(status -> {
            List<Long> claimed = audits.claimPendingApprovals(importId, PER_TRANSACTION);
            if (claimed.isEmpty()) {
                return 0;
            }
            for (ApprovalRequest request : audits.findApprovalRequests(claimed)) {
                audits.attachProcess(request.orderId(), starter.start(request));
            }
            return claimed.size();
        });
        return started == null ? 0 : started;
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the approvals of an import were being started", e);
        }
    }

    @PreDestroy
    void stop() {
        // a batch cut off here rolls back; the audit step starts it when it runs again
        worker.shutdownNow();
    }
}
