package com.tierflow.classification.internal.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Both paths of bpmn/customer-engagement.bpmn: the task, its outcome, the effect window and the effect check. */
class CustomerEngagementProcessTest {

    private final List<String> calls = new ArrayList<>();
    private ProcessEngine engine;

    @BeforeEach
    void startEngine() {
        Map<Object, Object> beans = new HashMap<>();
        beans.put("recordEngagementOutcomeDelegate", (JavaDelegate) execution -> calls.add("outcome:"
                + execution.getVariable(EngagementProcess.VAR_OUTCOME) + ":" + execution.getVariable(EngagementProcess.VAR_NOTE)));
        beans.put("checkEngagementEffectDelegate", (JavaDelegate) execution ->
                calls.add("effect:" + execution.getVariable(EngagementProcess.VAR_TASK_ID)));
        engine = ProcessEngineFixture.engine(beans, "customer-engagement.bpmn");
    }

    @AfterEach
    void stopEngine() {
        engine.close();
    }

    @ParameterizedTest
    @CsvSource({"CARE,careForCustomer,customer-service", "PROMOTE,promoteToCustomer,marketing"})
    void shouldGiveTheTaskToItsGroupAndCheckTheEffectAfterTheWindow(String purpose, String taskKey, String group) {
        Date due = Date.from(Instant.now().plus(Duration.ofDays(3)));
        Map<String, Object> variables = new HashMap<>();
        variables.put(EngagementProcess.VAR_TASK_ID, 5L);
        variables.put(EngagementProcess.VAR_PURPOSE, purpose);
        variables.put(EngagementProcess.VAR_CUSTOMER_NAME, "王芳");
        variables.put(EngagementProcess.VAR_REASON, "High-value customer at risk");
        variables.put(EngagementProcess.VAR_DUE_DATE, due);
        variables.put(EngagementProcess.VAR_EFFECT_WINDOW, "P30D");
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(EngagementProcess.KEY, "task-5", variables);

        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(taskKey);
        assertThat(task.getName()).contains("王芳");
        assertThat(task.getDescription()).isEqualTo("High-value customer at risk");
        assertThat(task.getDueDate()).isEqualTo(due);
        assertThat(engine.getTaskService().getIdentityLinksForTask(task.getId()))
                .extracting(IdentityLink::getGroupId).containsExactly(group);

        engine.getTaskService().complete(task.getId(), Map.of(EngagementProcess.VAR_OUTCOME, "CONTACTED",
                EngagementProcess.VAR_NOTE, "called"));

        assertThat(calls).containsExactly("outcome:CONTACTED:called");
        Job window = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(window.getDuedate().getTime()).isCloseTo(Instant.now().plus(Duration.ofDays(30)).toEpochMilli(),
                within(60_000L));

        engine.getManagementService().executeJob(window.getId());

        assertThat(calls).containsExactly("outcome:CONTACTED:called", "effect:5");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    }
}
