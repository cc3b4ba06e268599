package com.tierflow.intake.internal.batch;

import com.tierflow.intake.internal.persistence.ImportMapper;
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
 * Keeps this node's running imports alive with heartbeats and picks up imports nobody works on: those of a node
 * that died (stale heartbeat), those this node ran before a restart, and interrupted or long-queued ones.
 */
@Component
class ImportRecovery {

    private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

    private final ImportMapper imports;
    private final ImportLauncher launcher;
    private final NodeIdentity node;
    private final Clock clock;
    private final Duration staleAfter;

    ImportRecovery(ImportMapper imports, ImportLauncher launcher, NodeIdentity node, Clock clock,
            @Value("${tierflow.intake.stale-after}") Duration staleAfter) {
        this.imports = imports;
        this.launcher = launcher;
        this.node = node;
        this.clock = clock;
        this.staleAfter = staleAfter;
    }

    @Scheduled(fixedDelayString = "${tierflow.intake.heartbeat-interval:20s}")
    void heartbeat() {
        imports.heartbeat(node.id(), Instant.now(clock));
    }

    @EventListener(ApplicationReadyEvent.class)
    void recoverAfterStart() {
        recover(node.id());
    }

    @Scheduled(initialDelayString = "${tierflow.intake.recovery-interval:30s}", fixedDelayString = "${tierflow.intake.recovery-interval:30s}")
    void recoverStale() {
        recover(null);
    }

    void recover(String ownNodeId) {
        Instant now = Instant.now(clock);
        Instant staleBefore = now.minus(staleAfter);
        for (Long importId : imports.findRecoverable(staleBefore, ownNodeId)) {
            if (imports.takeOverStale(importId, node.id(), now, staleBefore, ownNodeId) == 1) {
                log.info("Taking over import {} whose node stopped", importId);
                launcher.resume(importId);
            } else {
                launcher.launch(importId);
            }
        }
    }
}
