package com.tierflow.classification.internal.process;

import com.tierflow.classification.internal.engagement.EngagementTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("recordEngagementOutcomeDelegate")
class RecordEngagementOutcomeDelegate implements JavaDelegate {

    private final EngagementTasks tasks;

    RecordEngagementOutcomeDelegate(EngagementTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tasks.recordOutcome((Long) execution.getVariable(EngagementProcess.VAR_TASK_ID),
                (String) execution.getVariable(EngagementProcess.VAR_OUTCOME),
                (String) execution.getVariable(EngagementProcess.VAR_NOTE),
                (String) execution.getVariable(EngagementProcess.VAR_CLOSED_BY));
    }
}
