package com.tierflow.classification.internal.process;

import com.tierflow.classification.internal.ClassificationRunner;
import com.tierflow.classification.internal.RunRequests;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Runs the requested classification; the nightly timer brings no run, so one over everybody is requested here. */
@Component("classifyCustomersDelegate")
class ClassifyCustomersDelegate implements JavaDelegate {

    private final ClassificationRunner runner;
    private final RunRequests requests;

    ClassifyCustomersDelegate(ClassificationRunner runner, RunRequests requests) {
        this.runner = runner;
        this.requests = requests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long runId = (Long) execution.getVariable(ClassificationProcess.VAR_RUN_ID);
        if (runId == null) {
            runId = requests.requestTimerRun().id;
            execution.setVariable(ClassificationProcess.VAR_RUN_ID, runId);
        }
        execution.setVariable(ClassificationProcess.VAR_DRY_RUN, runner.run(runId).dryRun);
    }
}
