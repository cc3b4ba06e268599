package com.tierflow.report.internal.run;

import com.tierflow.report.internal.persistence.ReportMapper;
import com.tierflow.shared.NodeIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * No report stays RUNNING after a crash: this node's running reports send heartbeats; a report whose node stopped
 * (stale heartbeat) or that this node ran before its restart goes back to the queue and is generated again from
 * scratch, or fails with a message once it has been interrupted {@code max-attempts} times.
 */
@Component
public class ReportRecovery {

    private static final Logger log = LoggerFactory.getLogger(ReportRecovery.class);

    private final ReportMapper reports;
    private final ReportLauncher launcher;
    private final NodeIdentity node;
    private final Clock clock;
    private final Duration staleAfter;
    private final int maxAttempts;

    ReportRecovery(ReportMapper reports, ReportLauncher launcher, NodeIdentity node, Clock clock,
            @Value("${tierflow.report.stale-after}") Duration staleAfter,
            @Value("${tierflow.report.max-attempts}") int maxAttempts) {
        this.reports = reports;
        this.launcher = launcher;
        this.node = node;
        this.clock = clock;
        this.staleAfter = staleAfter;
        this.maxAttempts = maxAttempts;
    }

    @Scheduled(fixedDelayString = "${tierflow.report.heartbeat-interval}")
    void heartbeat() {
        reports.heartbeat(node.id(), Instant.now(clock));
    }

    @EventListener(ApplicationReadyEvent.class)
    void recoverAfterStart() {
        recover(node.id());
    }

    @Scheduled(initialDelayString = "${tierflow.report.recovery-interval}", fixedDelayString = "${tierflow.report.recovery-interval}")
    void recoverStale() {
        recover(null);
    }

    /** Releases stale reports (and, right after a start, this node's own); returns how many. */
    public int recover(String ownNodeId) {
        Instant now = Instant.now(clock);
        Instant staleBefore = now.minus(staleAfter);
        int released = 0;
        for (Long id : reports.findStale(staleBefore, ownNodeId)) {
            if (reports.releaseStale(id, staleBefore, ownNodeId, maxAttempts, now) == 1) {
                log.info("Report {} was interrupted by a stopped node; released", id);
                released++;
            }
        }
        if (released > 0) {
            launcher.pollQueue();
        }
        return released;
    }
}
