package com.tierflow.audit.internal;

import static com.tierflow.audit.internal.OrderApprovalProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierflow.order.OrderEvent;
import com.tierflow.order.OrderEventKind;
import com.tierflow.order.OrderStatus;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.RejectedRequestException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every path of bpmn/order-approval.bpmn on an in-memory engine, with the real listener and delegates. */
class OrderApprovalProcessTest {

    private static final AtomicLong NEXT_ORDER = new AtomicLong(1);
    private static ProcessEngine engine;
    private static RecordingLifecycle lifecycle;
    private static RecordingInbox inbox;

    private RuntimeService runtime;
    private TaskService tasks;
    private long orderId;

    @BeforeAll
    static void startEngine() {
        lifecycle = new RecordingLifecycle();
        inbox = new RecordingInbox();
        ApprovalDelegates delegates = new ApprovalDelegates();
        Map<Object, Object> beans = new HashMap<>();
        beans.put("approvalTaskListener", new ApprovalTaskListener(lifecycle, inbox));
        beans.put("approveOrder", delegates.approveOrder(lifecycle));
        beans.put("rejectOrder", delegates.rejectOrder(lifecycle));
        beans.put("handOverToManager", delegates.handOverToManager(lifecycle));
        beans.put("recordReminder", delegates.recordReminder(lifecycle));
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:order-approval-test;DB_CLOSE_DELAY=1000");
        configuration.setJobExecutorActivate(false);
        configuration.setHistory("audit");
        configuration.setBeans(beans);
        engine = configuration.buildProcessEngine();
        engine.getRepositoryService().createDeployment().addClasspathResource("bpmn/order-approval.bpmn").deploy();
        IdentityService identity = engine.getIdentityService();
        for (String group : List.of("clerk", "manager")) {
            identity.saveGroup(identity.newGroup(group));
        }
        user(identity, "clara", "clerk");
        user(identity, "max", "manager");
        user(identity, "mia", "manager");
        user(identity, "bo", "clerk", "manager");
    }

    private static void user(IdentityService identity, String id, String... groups) {
        identity.saveUser(identity.newUser(id));
        for (String group : groups) {
            identity.createMembership(id, group);
        }
    }

    @AfterAll
    static void stopEngine() {
        engine.close();
    }

    @BeforeEach
    void newOrder() {
        runtime = engine.getRuntimeService();
        tasks = engine.getTaskService();
        orderId = NEXT_ORDER.getAndIncrement();
        lifecycle.put(orderId, OrderStatus.PENDING_REVIEW);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldApproveWhenTheClerkApprovesAndNoManagerIsRequired() {
        ProcessInstance process = start(false);
        Task review = task(process);
        assertThat(review.getTaskDefinitionKey()).isEqualTo(REVIEW_ORDER);

        tasks.claim(review.getId(), "clara");
        tasks.complete(review.getId(), Map.of(REVIEW_DECISION, "APPROVE"));

        assertEnded(process, ORDER_APPROVED);
        assertThat(inbox.open).doesNotContainKey(review.getId());
        assertThat(lifecycle.statuses.get(orderId)).isEqualTo(OrderStatus.APPROVED);
        assertThat(lifecycle.history(orderId)).extracting(OrderEvent::kind).containsExactly(OrderEventKind.TASK_CREATED,
                OrderEventKind.TASK_CLAIMED, OrderEventKind.STATUS_CHANGED);
        assertThat(lifecycle.history(orderId, OrderEventKind.STATUS_CHANGED)).singleElement()
                .extracting(OrderEvent::actor).isEqualTo("clara");
    }

    @Test
    void shouldRejectWithTheClerksReasonAndRefuseARejectionWithoutOne() {
        ProcessInstance process = start(false);
        Task review = task(process);
        tasks.claim(review.getId(), "clara");

        assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of(REVIEW_DECISION, "REJECT")))
                .hasRootCauseInstanceOf(RejectedRequestException.class).hasMessageContaining("needs a reason");
        assertThat(task(process).getId()).isEqualTo(review.getId());

        tasks.complete(review.getId(), Map.of(REVIEW_DECISION, "REJECT", REVIEW_REASON, "fake address"));

        assertEnded(process, ORDER_REJECTED);
        assertThat(lifecycle.history(orderId, OrderEventKind.STATUS_CHANGED)).singleElement()
                .extracting(OrderEvent::toStatus, OrderEvent::actor, OrderEvent::reason)
                .containsExactly(OrderStatus.REJECTED, "clara", "fake address");
    }

    @Test
    void shouldLetTheManagerApproveAnEscalatedReview() {
        ProcessInstance process = start(false);
        Task review = task(process);
        tasks.claim(review.getId(), "clara");
        tasks.complete(review.getId(), Map.of(REVIEW_DECISION, "ESCALATE", REVIEW_REASON, "customer disputes price"));

        Task approval = task(process);
        assertThat(approval.getTaskDefinitionKey()).isEqualTo(APPROVE_AS_MANAGER);
        assertThat(lifecycle.statuses.get(orderId)).isEqualTo(OrderStatus.PENDING_MANAGER);
        assertThat(lifecycle.history(orderId, OrderEventKind.ESCALATED)).singleElement()
                .extracting(OrderEvent::actor, OrderEvent::reason).containsExactly("clara", "customer disputes price");

        tasks.claim(approval.getId(), "max");
        tasks.complete(approval.getId(), Map.of(MANAGER_DECISION, "APPROVE"));

        assertEnded(process, ORDER_APPROVED);
        assertThat(lifecycle.history(orderId, OrderEventKind.STATUS_CHANGED)).last()
                .extracting(OrderEvent::toStatus, OrderEvent::actor).containsExactly(OrderStatus.APPROVED, "max");
    }

    @Test
    void shouldRequireASecondPersonForAHighValueOrderAndLetThemReject() {
        ProcessInstance process = start(true);
        Task review = task(process);
        tasks.claim(review.getId(), "bo");
        tasks.complete(review.getId(), Map.of(REVIEW_DECISION, "APPROVE"));
        Task approval = task(process);
        assertThat(approval.getTaskDefinitionKey()).isEqualTo(APPROVE_AS_MANAGER);

        assertThatThrownBy(() -> tasks.claim(approval.getId(), "bo"))
                .hasRootCauseInstanceOf(ConflictException.class).hasMessageContaining("Four eyes");
        assertThatThrownBy(() -> tasks.claim(approval.getId(), "clara"))
                .hasRootCauseInstanceOf(ConflictException.class).hasMessageContaining("manager group");
        tasks.claim(approval.getId(), "mia");
        assertThatThrownBy(() -> tasks.complete(approval.getId(), Map.of(MANAGER_DECISION, "REJECT")))
                .hasMessageContaining("needs a reason");
        tasks.complete(approval.getId(), Map.of(MANAGER_DECISION, "REJECT", MANAGER_REASON, "too risky"));

        assertEnded(process, ORDER_REJECTED);
        assertThat(lifecycle.history(orderId, OrderEventKind.STATUS_CHANGED))
                .extracting(OrderEvent::toStatus, OrderEvent::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OrderStatus.PENDING_MANAGER, "bo"),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.REJECTED, "mia"));
    }

    @Test
    void shouldRefuseAClaimByAnyoneOutsideTheClerkGroup() {
        Task review = task(start(false));
        assertThatThrownBy(() -> tasks.claim(review.getId(), "max")).hasMessageContaining("clerk group");
        assertThat(tasks.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isNull();
    }

    @Test
    void shouldHoldACompletionWithoutClaimToTheSameGroupRule() {
        ProcessInstance process = start(false);
        Task review = task(process);
        IdentityService identity = engine.getIdentityService();
        try {
            identity.setAuthentication("max", List.of("manager"));
            assertThatThrownBy(() -> tasks.complete(review.getId(), Map.of(REVIEW_DECISION, "APPROVE")))
                    .hasMessageContaining("clerk group");
            identity.setAuthentication("clara", List.of("clerk"));
            tasks.complete(review.getId(), Map.of(REVIEW_DECISION, "APPROVE"));
        } finally {
            identity.clearAuthentication();
        }

        assertEnded(process, ORDER_APPROVED);
        assertThat(lifecycle.history(orderId, OrderEventKind.STATUS_CHANGED)).singleElement()
                .extracting(OrderEvent::actor).isEqualTo("clara");
    }

    @Test
    void shouldRecordAReminderBeforeTheReviewIsDueAndKeepTheTask() {
        ProcessInstance process = start(false);
        Job reminder = timer(process, REMIND_REVIEWER);

        engine.getManagementService().executeJob(reminder.getId());

        assertThat(lifecycle.history(orderId, OrderEventKind.REMINDER_SENT)).hasSize(1);
        assertThat(task(process).getTaskDefinitionKey()).isEqualTo(REVIEW_ORDER);
    }

    @Test
    void shouldEscalateAnOverdueReviewToTheManagers() {
        ProcessInstance process = start(false);
        String review = task(process).getId();
        assertThat(inbox.open.get(review)).isEqualTo("clerk");
        Job overdue = timer(process, REVIEW_OVERDUE);
        ClockUtil.setCurrentTime(Date.from(overdue.getDuedate().toInstant().plusSeconds(60)));

        ManagementService management = engine.getManagementService();
        assertThat(management.createJobQuery().processInstanceId(process.getId()).executable().count()).isEqualTo(2);
        management.executeJob(overdue.getId());

        Task approval = task(process);
        assertThat(approval.getTaskDefinitionKey()).isEqualTo(APPROVE_AS_MANAGER);
        assertThat(inbox.open).containsKey(approval.getId()).doesNotContainKey(reviewTaskOf(overdue));
        assertThat(inbox.open.get(approval.getId())).isEqualTo("manager");
        assertThat(lifecycle.statuses.get(orderId)).isEqualTo(OrderStatus.PENDING_MANAGER);
        assertThat(lifecycle.history(orderId, OrderEventKind.ESCALATED)).singleElement()
                .extracting(OrderEvent::actor).isEqualTo("system");
        assertThat(management.createJobQuery().processInstanceId(process.getId()).count()).as("timers cancelled").isZero();
    }

    private String reviewTaskOf(Job overdueTimer) {
        return engine.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(overdueTimer.getProcessInstanceId()).taskDefinitionKey(REVIEW_ORDER).singleResult().getId();
    }

    private ProcessInstance start(boolean managerRequired) {
        Instant due = Instant.now().plus(4, ChronoUnit.HOURS);
        return runtime.startProcessInstanceByKey(KEY, Long.toString(orderId), Variables.createVariables()
                .putValue(ORDER_ID, orderId)
                .putValue(AMOUNT, managerRequired ? 12000.0 : 99.0)
                .putValue(AUDIT_OUTCOME, managerRequired ? "MANAGER_APPROVAL" : "CLERK_REVIEW")
                .putValue(AUDIT_REASONS, managerRequired ? "HIGH_VALUE" : "ORDER_TOO_OLD")
                .putValue(MANAGER_REQUIRED, managerRequired)
                .putValue(REVIEW_DUE_DATE, Date.from(due))
                .putValue(REMINDER_DATE, Date.from(due.minus(1, ChronoUnit.HOURS))));
    }

    private Task task(ProcessInstance process) {
        return tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
    }

    private Job timer(ProcessInstance process, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(process.getId()).activityId(activityId)
                .singleResult();
    }

    private void assertEnded(ProcessInstance process, String endEvent) {
        HistoryService history = engine.getHistoryService();
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .activityId(endEvent).count()).isEqualTo(1);
    }
}
