package com.tierflow.classification.internal;

import com.tierflow.classification.internal.persistence.ClassificationMapper;
import com.tierflow.shared.NodeIdentity;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Marks a run running or failed in transactions of their own, so a failure is visible although the job rolls back. */
@Component
public class RunStatus {

    private final ClassificationMapper mapper;
    private final NodeIdentity node;
    private final Clock clock;

    RunStatus(ClassificationMapper mapper, NodeIdentity node, Clock clock) {
        this.mapper = mapper;
        this.node = node;
        this.clock = clock;
    }

    /**
     * Marks the run running on this node, carried by the process instance; false when the run completed already (a job
     * delivered twice).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean start(long runId, String processInstanceId) {
        return mapper.startRun(runId, Instant.now(clock), node.id(), processInstanceId) > 0;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void fail(long runId, RuntimeException cause) {
        String message = "The run failed and is retried by the engine: " + cause.getMessage();
        mapper.failRun(runId, message.length() > 2000 ? message.substring(0, 2000) : message, Instant.now(clock));
    }
}
