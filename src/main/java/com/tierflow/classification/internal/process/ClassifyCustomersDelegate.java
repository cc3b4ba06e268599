package com.tierflow.classification.internal.process;

import com.tierflow.classification.internal.ClassificationRunner;
import com.tierflow.classification.internal.RunRequests;
import com.tierflow.classification.internal.RunStatus;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs the requested classification; the nightly timer brings no run, so one over everybody is requested here. */
@Component("classifyCustomersDelegate")
class ClassifyCustomersDelegate implements JavaDelegate {

    private final ClassificationRunner runner;
    private final RunRequests requests;
    private final RunStatus status;

    ClassifyCustomersDelegate(ClassificationRunner runner, RunRequests requests, RunStatus status) {
        this.runner = runner;
        this.requests = requests;
        this.status = status;
    }

    @Override
    public void execute(DelegateExecution execution) {
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
