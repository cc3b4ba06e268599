package com.tierflow.classification.internal.process;

import com.tierflow.classification.internal.ClassificationRunner;
import com.tierflow.classification.internal.RunRequests;
import com.tierflow.classification.internal.RunStatus;
import com.tierflow.classification.internal.RunningRuns;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs the requested classification; the nightly timer brings no run, so one over everybody is requested here. */
@Component("classifyCustomersDelegate")
class ClassifyCustomersDelegate implements JavaDelegate {

    private final ClassificationRunner runner;
    private final RunRequests requests;
    private final RunStatus status;
    private final RunningRuns running;

    ClassifyCustomersDelegate(ClassificationRunner runner, RunRequests requests, RunStatus status, RunningRuns running) {
        this.runner = runner;
        this.requests = requests;
        this.status = status;
        this.running = running;
    }

    @Override
    public void execute(DelegateExecution execution) {
        // while it is here, waiting for its turn or running, the job's lock is kept alive (ClassificationRecovery)
        running.add(execution.getProcessInstanceId());
        try {
            classify(execution);
        } finally {
            running.remove(execution.getProcessInstanceId());
        }
    }

    private void classify(DelegateExecution execution) {
        Long runId = (Long) execution.getVariable(ClassificationProcess.VAR_RUN_ID);
        if (runId == null) {
            runId = requests.requestTimerRun(execution.getProcessInstanceId()).id;
            execution.setVariable(ClassificationProcess.VAR_RUN_ID, runId);
        }
        try {
            execution.setVariable(ClassificationProcess.VAR_DRY_RUN,
                    runner.run(runId, execution.getProcessInstanceId()).dryRun);
        } catch (RuntimeException e) {
            status.fail(runId, e);
            throw e;
        }
    }
}
