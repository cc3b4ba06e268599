package com.tierflow.classification.internal.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of bpmn/customer-classification.bpmn with recording delegates. */
class CustomerClassificationProcessTest {

    /** What the timer start event reads its cron from. */
    public static class Schedule {
        public String cron() {
            return "0 0 2 * * ?";
        }
    }

    private final List<String> calls = new ArrayList<>();
    private ProcessEngine engine;

    @BeforeEach
    void startEngine() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("classificationSchedule", new Schedule());
        beans.put("classifyCustomersDelegate", (JavaDelegate) execution -> {
            Object runId = execution.getVariable(ClassificationProcess.VAR_RUN_ID);
            calls.add("classify:" + runId);
            if (runId == null) {
                execution.setVariable(ClassificationProcess.VAR_RUN_ID, 99L);
                execution.setVariable(ClassificationProcess.VAR_DRY_RUN, false);
            }
        });
        beans.put("requestEngagementTasksDelegate", (JavaDelegate) execution ->
                calls.add("tasks:" + execution.getVariable(ClassificationProcess.VAR_RUN_ID)));
        engine = ProcessEngineFixture.engine(beans, "customer-classification.bpmn");
    }

    @AfterEach
    void stopEngine() {
        ClockUtil.reset();
        engine.close();
    }

    @Test
    void shouldClassifyAsynchronouslyAndThenRequestTasks() {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByMessage(
                ClassificationProcess.REQUESTED_MESSAGE, Map.of(ClassificationProcess.VAR_RUN_ID, 7L,
                        ClassificationProcess.VAR_DRY_RUN, false));
        // the request returns at once; the job executor classifies
        assertThat(calls).isEmpty();

        executeJobOf(instance);

        assertThat(calls).containsExactly("classify:7", "tasks:7");
        assertThat(visited(instance)).contains(ClassificationProcess.CUSTOMERS_CLASSIFIED)
                .doesNotContain(ClassificationProcess.DRY_RUN_REPORTED);
    }

    @Test
    void shouldRequestNoTasksOnADryRun() {
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByMessage(
                ClassificationProcess.REQUESTED_MESSAGE, Map.of(ClassificationProcess.VAR_RUN_ID, 8L,
                        ClassificationProcess.VAR_DRY_RUN, true));

        executeJobOf(instance);

        assertThat(calls).containsExactly("classify:8");
        assertThat(visited(instance)).contains(ClassificationProcess.DRY_RUN_REPORTED)
                .doesNotContain(ClassificationProcess.REQUEST_ENGAGEMENT_TASKS);
    }

    @Test
    void shouldRunNightlyFromTheTimerStartEvent() {
        Job timer = engine.getManagementService().createJobQuery().timers().singleResult();
        assertThat(timer).isNotNull();
        assertThat(timer.getDuedate()).isInTheFuture();

        ClockUtil.setCurrentTime(new Date(timer.getDuedate().getTime() + 60_000));
        engine.getManagementService().executeJob(timer.getId());
        Job classify = engine.getManagementService().createJobQuery().messages().singleResult();
        engine.getManagementService().executeJob(classify.getId());

        assertThat(calls).containsExactly("classify:null", "tasks:99");
        // the cycle goes on: a new timer for the next night
        Job next = engine.getManagementService().createJobQuery().timers().singleResult();
        assertThat(next.getId()).isNotEqualTo(timer.getId());
        assertThat(next.getDuedate()).isAfter(timer.getDuedate());
    }

    private void executeJobOf(ProcessInstance instance) {
        Job job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).singleResult();
        engine.getManagementService().executeJob(job.getId());
    }

    private List<String> visited(ProcessInstance instance) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
                .list().stream().map(HistoricActivityInstance::getActivityId).toList();
    }
}
