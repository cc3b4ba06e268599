package com.tierflow.classification.internal.process;

import com.tierflow.classification.internal.engagement.EngagementTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

@Component("checkEngagementEffectDelegate")
class CheckEngagementEffectDelegate implements JavaDelegate {

    private final EngagementTasks tasks;

    CheckEngagementEffectDelegate(EngagementTasks tasks) {
        this.tasks = tasks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        tasks.checkEffect((Long) execution.getVariable(EngagementProcess.VAR_TASK_ID));
    }
}
