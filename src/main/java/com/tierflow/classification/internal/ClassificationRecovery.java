package com.tierflow.classification.internal;

import com.tierflow.classification.internal.persistence.ClassificationMapper;
import com.tierflow.classification.internal.persistence.RunRow;
import com.tierflow.shared.NodeIdentity;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.UnlockJobCmd;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A run is carried by a Camunda job, and the engine hands a job whose node died to another job executor only when its
 * lock expires ({@code camunda.bpm.job-execution.lock-time-in-millis}). A node that starts again knows better: the runs
 * it was running when it stopped are dead, so it releases them and unlocks their jobs at once (through the engine, so a
 * job executor that did take the job meanwhile fails its commit on the job's revision instead of running twice).
 */
@Component
class ClassificationRecovery {

    private static final Logger log = LoggerFactory.getLogger(ClassificationRecovery.class);

    private final ClassificationMapper mapper;
    private final ProcessEngine engine;
    private final NodeIdentity node;
    private final TransactionTemplate eachRun;

    ClassificationRecovery(ClassificationMapper mapper, ProcessEngine engine, NodeIdentity node,
            PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.engine = engine;
        this.node = node;
        this.eachRun = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void recoverAfterStart() {
        recover();
    }

    /** Releases the runs this node was running before it started; returns how many. */
    int recover() {
        int released = 0;
        for (RunRow run : mapper.runningOn(node.id())) {
            if (Boolean.TRUE.equals(eachRun.execute(status -> release(run)))) {
                log.info("Classification run {} was interrupted when node {} stopped; it runs again", run.id, node.id());
                released++;
            }
        }
        if (released > 0) {
            // unlocked jobs are not news to an idle job executor: wake it instead of waiting for its next poll
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().jobWasAdded();
        }
        return released;
    }

    private boolean release(RunRow run) {
        if (mapper.releaseRun(run.id, node.id(), "Interrupted when node " + node.id() + " stopped; runs again.") == 0) {
            return false;
        }
        if (run.processInstanceId != null) {
            ProcessEngineConfigurationImpl configuration =
                    (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
            for (Job job : engine.getManagementService().createJobQuery().processInstanceId(run.processInstanceId).list()) {
                if (((JobEntity) job).getLockOwner() != null) {
                    configuration.getCommandExecutorTxRequired().execute(new UnlockJobCmd(job.getId()));
                }
            }
        }
        return true;
    }
}
