package com.tierflow.classification.internal.process;

import com.tierflow.classification.internal.engagement.EngagementTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("requestEngagementTasksDelegate")
class RequestEngagementTasksDelegate implements JavaDelegate {

    private final EngagementTasks tasks;

    RequestEngagementTasksDelegate(EngagementTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tasks.requestTasks((Long) execution.getVariable(ClassificationProcess.VAR_RUN_ID));
    }
}
