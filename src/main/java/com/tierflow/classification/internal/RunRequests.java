package com.tierflow.classification.internal;

import com.tierflow.classification.internal.persistence.ClassificationMapper;
import com.tierflow.classification.internal.persistence.RunRow;
import com.tierflow.classification.internal.process.ClassificationProcess;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Records a run as REQUESTED and starts the customer-classification process that carries it out. */
@Component
public class RunRequests {

    public static final String TRIGGER_IMPORT = "IMPORT";
    public static final String TRIGGER_TIMER = "TIMER";
    public static final String TRIGGER_MANUAL = "MANUAL";

    private final ClassificationMapper mapper;
    private final RuntimeService runtime;
    private final ClassificationSettings settings;
    private final Clock clock;

    RunRequests(ClassificationMapper mapper, RuntimeService runtime, ClassificationSettings settings, Clock clock) {
        this.mapper = mapper;
        this.runtime = runtime;
        this.settings = settings;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.zone()));
    }

    @Transactional
    public RunRow requestImportRun(long importId) {
        return start(insert(TRIGGER_IMPORT, ClassificationRunner.SCOPE_IMPORT, today(), false, importId, "import " + importId));
    }

    @Transactional
    public RunRow requestManualRun(LocalDate asOf, boolean dryRun, String requestedBy) {
        return start(insert(TRIGGER_MANUAL, ClassificationRunner.SCOPE_ALL, asOf == null ? today() : asOf, dryRun, null,
                requestedBy));
    }

    /**
     * The timer starts the process itself; the run is recorded from within it, committed at once like the others. A job
     * retried after a failure or a crash (its variables rolled back) finds the run its first attempt recorded, so one
     * due time stays one run.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public RunRow requestTimerRun(String processInstanceId) {
        return mapper.findRunOfProcess(processInstanceId).orElseGet(() -> insert(TRIGGER_TIMER,
                ClassificationRunner.SCOPE_ALL, today(), false, null, "nightly timer", processInstanceId));
    }

    private RunRow insert(String trigger, String scope, LocalDate asOf, boolean dryRun, Long importId, String requestedBy) {
        return insert(trigger, scope, asOf, dryRun, importId, requestedBy, null);
    }

    private RunRow insert(String trigger, String scope, LocalDate asOf, boolean dryRun, Long importId, String requestedBy,
            String processInstanceId) {
        RunRow run = new RunRow();
        run.runTrigger = trigger;
        run.scope = scope;
        run.asOf = asOf;
        run.dryRun = dryRun;
        run.importId = importId;
        run.requestedBy = requestedBy;
        run.status = "REQUESTED";
        run.requestedAt = Instant.now(clock);
        run.processInstanceId = processInstanceId;
        mapper.insertRun(run);
        return run;
    }

    private RunRow start(RunRow run) {
        runtime.startProcessInstanceByMessage(ClassificationProcess.REQUESTED_MESSAGE, "run-" + run.id,
                Map.of(ClassificationProcess.VAR_RUN_ID, run.id, ClassificationProcess.VAR_DRY_RUN, run.dryRun));
        return run;
    }
}
