package com.tierflow.classification.internal;

import com.tierflow.classification.internal.persistence.ClassificationMapper;
import com.tierflow.classification.internal.persistence.RunRow;
import com.tierflow.shared.NodeIdentity;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.UnlockJobCmd;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A run is carried by a Camunda job, and the engine hands a job to another job executor when its lock expires
 * ({@code camunda.bpm.job-execution.lock-time-in-millis}). Two things make that fit runs that take long and nodes that
 * die: while this node executes a run, a heartbeat keeps its job's lock alive (only the expiry time of a job this
 * executor holds, never its revision, so the engine's own commit still checks it), so a run longer than the lock time
 * is not started a second time while it runs; and a node that starts again releases the runs it was running when it
 * stopped and unlocks their jobs at once (through the engine, so a job executor that did take the job meanwhile fails
 * its commit on the job's revision instead of running twice). A node that never comes back stops sending heartbeats,
 * and its job goes to another node when the lock expires.
 */
@Component
class ClassificationRecovery {

    private static final Logger log = LoggerFactory.getLogger(ClassificationRecovery.class);

    private final ClassificationMapper mapper;
    private final ProcessEngine engine;
    private final NodeIdentity node;
    private final TransactionTemplate eachRun;
    private final RunningRuns running;
    private final JdbcTemplate jdbc;
    /** Runs this node started before this moment were started by the JVM that ran before this one. */
    private final Instant nodeStarted;

    ClassificationRecovery(ClassificationMapper mapper, ProcessEngine engine, NodeIdentity node,
            PlatformTransactionManager transactions, RunningRuns running, JdbcTemplate jdbc, Clock clock) {
        this.nodeStarted = Instant.now(clock);
        this.mapper = mapper;
        this.engine = engine;
        this.node = node;
        this.eachRun = new TransactionTemplate(transactions);
        this.running = running;
        this.jdbc = jdbc;
    }

    /** Extends the lock of the jobs this node executes to a full lock time from now. */
    @Scheduled(fixedDelayString = "${tierflow.classification.heartbeat-interval:20s}")
    void heartbeat() {
        JobExecutor executor = configuration().getJobExecutor();
        // the engine's clock, which its job acquisition compares lock expiry times with
        Timestamp lockedUntil = new Timestamp(ClockUtil.getCurrentTime().getTime() + executor.getLockTimeInMillis());
        for (String processInstanceId : running.processInstanceIds()) {
            jdbc.update("update ACT_RU_JOB set LOCK_EXP_TIME_ = ? where PROCESS_INSTANCE_ID_ = ? and LOCK_OWNER_ = ?",
                    lockedUntil, processInstanceId, executor.getLockOwner());
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void recoverAfterStart() {
        recover();
    }

    /** Releases the runs this node was running before it started (not those it runs already); returns how many. */
    int recover() {
        int released = 0;
        for (RunRow run : mapper.runningOn(node.id(), nodeStarted)) {
            if (Boolean.TRUE.equals(eachRun.execute(status -> release(run)))) {
                log.info("Classification run {} was interrupted when node {} stopped; it runs again", run.id, node.id());
                released++;
            }
        }
        if (released > 0) {
            // unlocked jobs are not news to an idle job executor: wake it instead of waiting for its next poll
            configuration().getJobExecutor().jobWasAdded();
        }
        return released;
    }

    private boolean release(RunRow run) {
        if (mapper.releaseRun(run.id, node.id(), nodeStarted,
                "Interrupted when node " + node.id() + " stopped; runs again.") == 0) {
            return false;
        }
        if (run.processInstanceId != null) {
            for (Job job : engine.getManagementService().createJobQuery().processInstanceId(run.processInstanceId).list()) {
                if (((JobEntity) job).getLockOwner() != null) {
                    configuration().getCommandExecutorTxRequired().execute(new UnlockJobCmd(job.getId()));
                }
            }
        }
        return true;
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
