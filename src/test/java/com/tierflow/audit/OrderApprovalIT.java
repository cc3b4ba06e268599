package com.tierflow.audit;

import static com.tierflow.support.ChannelFiles.createChannel;
import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.ImportRecord;
import com.tierflow.intake.ImportService;
import com.tierflow.intake.ImportSource;
import com.tierflow.order.OrderDetail;
import com.tierflow.order.OrderEvent;
import com.tierflow.order.OrderEventKind;
import com.tierflow.order.OrderLifecycle;
import com.tierflow.order.OrderQueries;
import com.tierflow.order.OrderStatus;
import com.tierflow.security.Roles;
import com.tierflow.support.Await;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/** Clerks and managers working the tasks the audit opened, through the Tierflow API and the engine's REST API. */
@IntegrationTest
class OrderApprovalIT {

    private static final ParameterizedTypeReference<List<TaskResult>> RESULTS = new ParameterizedTypeReference<>() {
    };
    private static final ParameterizedTypeReference<List<Map<String, Object>>> ENGINE_TASKS =
            new ParameterizedTypeReference<>() {
            };

    @Autowired
    private ChannelService channels;
    @Autowired
    private ImportService imports;
    @Autowired
    private OrderQueries orders;
    @Autowired
    private OrderLifecycle lifecycle;
    @Autowired
    private TaskService engineTasks;
    @Autowired
    private OrderApprovals approvals;
    @Autowired
    private ManagementService management;
    @Autowired
    private TestUsers users;

    @AfterEach
    void resetEngineClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldEscalateAReviewNobodyFinishedInTimeToTheManagers() {
        OrderDetail order = importRisky("late", 1, "99.00").get(0);
        Task review = task(order);
        Job overdue = management.createJobQuery().processInstanceId(review.getProcessInstanceId())
                .activityId("reviewOverdue").singleResult();
        assertThat(overdue.getDuedate()).isEqualTo(review.getDueDate());

        ClockUtil.setCurrentTime(Date.from(overdue.getDuedate().toInstant().plus(Duration.ofMinutes(1))));
        runNowOrLetTheJobExecutorRun(overdue);

        Task approval = Await.until(() -> task(order), t -> t != null && "approveAsManager".equals(t.getTaskDefinitionKey()),
                Duration.ofSeconds(30));
        assertThat(engineTasks.getIdentityLinksForTask(approval.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(Roles.MANAGER);
        OrderDetail escalated = orders.find(order.id()).orElseThrow();
        assertThat(escalated.status()).isEqualTo(OrderStatus.PENDING_MANAGER);
        assertThat(escalated.timeline()).extracting(OrderEvent::kind, OrderEvent::actor)
                .contains(org.assertj.core.groups.Tuple.tuple(OrderEventKind.ESCALATED, "system"));
    }

    @Test
    void shouldNotLetTheReviewerApproveTheirOwnHighValueOrderAsManager() {
        OrderDetail order = importRisky("fourEyes", 1, "15000.00").get(0);
        users.ensureUser("it-clerk-manager", Roles.CLERK, Roles.MANAGER);
        RestClient both = users.as("it-clerk-manager", TestUsers.PASSWORD);
        TaskResult reviewed = both.post().uri("/api/approval-tasks/{id}/approve", task(order).getId())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", "customer confirmed by phone"))
                .retrieve().body(TaskResult.class);
        assertThat(reviewed.done()).isTrue();
        String approvalTask = task(order).getId();

        ResponseEntity<ProblemDetail> ownApproval = both.post().uri("/api/approval-tasks/{id}/approve", approvalTask)
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .body(response.bodyTo(ProblemDetail.class)));
        TaskResult managerApproval = users.api(Roles.MANAGER).post().uri("/api/approval-tasks/{id}/approve", approvalTask)
                .retrieve().body(TaskResult.class);

        assertThat(ownApproval.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(ownApproval.getBody().getDetail()).contains("Four eyes");
        assertThat(managerApproval.done()).isTrue();
        OrderDetail approved = orders.find(order.id()).orElseThrow();
        assertThat(approved.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(approved.timeline()).filteredOn(e -> e.kind() == OrderEventKind.STATUS_CHANGED)
                .extracting(OrderEvent::toStatus, OrderEvent::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(OrderStatus.PENDING_REVIEW, "audit"),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.PENDING_MANAGER, "it-clerk-manager"),
                        org.assertj.core.groups.Tuple.tuple(OrderStatus.APPROVED, users.userOf(Roles.MANAGER)));
    }

    @Test
    void shouldBulkApproveEachTaskOnItsOwnAndReportTheOneThatFailed() {
        List<OrderDetail> three = importRisky("bulk", 3, "99.00");
        lifecycle.transition(three.get(1).id(), OrderStatus.CANCELLED, "it-customer-service", "customer cancelled");
        List<String> taskIds = three.stream().map(o -> task(o).getId()).toList();

        List<TaskResult> results = users.api(Roles.CLERK).post().uri("/api/approval-tasks/bulk")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("taskIds", taskIds, "decision", "APPROVE", "reason", "checked the batch"))
                .retrieve().body(RESULTS);

        assertThat(results).extracting(TaskResult::taskId).containsExactlyElementsOf(taskIds);
        assertThat(results).extracting(TaskResult::done, TaskResult::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(true, 200),
                        org.assertj.core.groups.Tuple.tuple(false, 409), org.assertj.core.groups.Tuple.tuple(true, 200));
        assertThat(results.get(1).message()).contains("CANCELLED cannot change any more");
        assertThat(List.of(status(three.get(0)), status(three.get(1)), status(three.get(2))))
                .containsExactly(OrderStatus.APPROVED, OrderStatus.CANCELLED, OrderStatus.APPROVED);
        assertThat(task(three.get(1)).getAssignee()).as("the failed task rolled back, claim included").isNull();
    }

    @Test
    void shouldDecideBulkCallsLargerThanABatchInOrderWithARefusalInALaterBatch() {
        List<OrderDetail> many = importRisky("bulkmany", 70, "99.00");
        // one order in the second batch of 50 is cancelled first; one task is named twice
        lifecycle.transition(many.get(57).id(), OrderStatus.CANCELLED, "it-customer-service", "customer cancelled");
        List<String> taskIds = new java.util.ArrayList<>(many.stream().map(o -> task(o).getId()).toList());
        taskIds.add(taskIds.get(3));

        List<TaskResult> results = users.api(Roles.CLERK).post().uri("/api/approval-tasks/bulk")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("taskIds", taskIds, "decision", "APPROVE", "reason", "checked the batch"))
                .retrieve().body(RESULTS);

        assertThat(results).extracting(TaskResult::taskId).containsExactlyElementsOf(taskIds.subList(0, 70));
        assertThat(results).extracting(TaskResult::orderId).containsExactlyElementsOf(many.stream().map(OrderDetail::id).toList());
        for (int i = 0; i < 70; i++) {
            boolean refused = i == 57;
            assertThat(results.get(i).done()).as("task %d", i).isEqualTo(!refused);
            assertThat(status(many.get(i))).as("order %d", i)
                    .isEqualTo(refused ? OrderStatus.CANCELLED : OrderStatus.APPROVED);
        }
        assertThat(results.get(57).status()).isEqualTo(409);
    }

    @Test
    void shouldBulkRejectAWholeBatchInOneGoWithTheReasonOnEveryOrder() {
        List<OrderDetail> two = importRisky("bulkreject", 2, "99.00");
        List<String> taskIds = two.stream().map(o -> task(o).getId()).toList();

        List<TaskResult> results = users.api(Roles.CLERK).post().uri("/api/approval-tasks/bulk")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("taskIds", taskIds, "decision", "REJECT", "reason", "fake buyer ring"))
                .retrieve().body(RESULTS);

        assertThat(results).extracting(TaskResult::taskId, TaskResult::orderId, TaskResult::done)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(taskIds.get(0), two.get(0).id(), true),
                        org.assertj.core.groups.Tuple.tuple(taskIds.get(1), two.get(1).id(), true));
        for (OrderDetail order : two) {
            assertThat(status(order)).isEqualTo(OrderStatus.REJECTED);
            assertThat(task(order)).isNull();
            assertThat(orders.find(order.id()).orElseThrow().timeline()).extracting(OrderEvent::reason)
                    .contains("fake buyer ring");
        }
    }

    @Test
    void shouldWithdrawTheApprovalOfAnOrderThatIsCancelledWhileWaiting() {
        OrderDetail order = importRisky("withdraw", 1, "99.00").get(0);

        boolean withdrawn = approvals.withdraw(order.id(), "it-customer-service", "customer cancelled by phone");
        lifecycle.transition(order.id(), OrderStatus.CANCELLED, "it-customer-service", "customer cancelled by phone");

        assertThat(withdrawn).isTrue();
        assertThat(task(order)).isNull();
        assertThat(approvals.withdraw(order.id(), "it-customer-service", "again")).isFalse();
        assertThat(orders.find(order.id()).orElseThrow().timeline()).extracting(OrderEvent::reason)
                .contains("Approval withdrawn: customer cancelled by phone");
    }

    @Test
    void shouldRefuseARejectionWithoutReason() {
        OrderDetail order = importRisky("reason", 1, "99.00").get(0);

        HttpStatus status = users.api(Roles.CLERK).post().uri("/api/approval-tasks/{id}/reject", task(order).getId())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("reason", " "))
                .exchange((request, response) -> HttpStatus.valueOf(response.getStatusCode().value()));

        assertThat(status).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(status(order)).isEqualTo(OrderStatus.PENDING_REVIEW);
    }

    @Test
    void shouldLetAClerkWorkTheReviewInTasklistWithItsForm() {
        OrderDetail order = importRisky("tasklist", 1, "99.00").get(0);
        RestClient clerk = users.api(Roles.CLERK);
        String taskId = task(order).getId();

        List<Map<String, Object>> visible = clerk.get()
                .uri("/engine-rest/task?candidateGroup=clerk&processInstanceBusinessKey={key}", order.id())
                .retrieve().body(ENGINE_TASKS);
        String form = clerk.get().uri("/engine-rest/task/{id}/deployed-form", taskId).retrieve().body(String.class);
        clerk.post().uri("/engine-rest/task/{id}/claim", taskId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("userId", users.userOf(Roles.CLERK))).retrieve().toBodilessEntity();
        clerk.post().uri("/engine-rest/task/{id}/complete", taskId).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("variables", Map.of("reviewDecision", Map.of("value", "REJECT"),
                        "reviewReason", Map.of("value", "address does not exist"))))
                .retrieve().toBodilessEntity();

        assertThat(visible).extracting(t -> t.get("id")).containsExactly(taskId);
        assertThat(form).contains("reviewDecision").contains("auditReasons");
        OrderDetail rejected = orders.find(order.id()).orElseThrow();
        assertThat(rejected.status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(rejected.timeline()).last().extracting(OrderEvent::actor, OrderEvent::reason)
                .containsExactly(users.userOf(Roles.CLERK), "address does not exist");
    }

    @Test
    void shouldLetManagersKeepTheBlacklistAndNobodyElse() {
        RestClient manager = users.api(Roles.MANAGER);
        String address = "浙江省 杭州市 余杭区仓前街道" + System.nanoTime() + "号";
        BlacklistEntry added = manager.post().uri("/api/blacklist").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("kind", "ADDRESS", "value", address, "reason", "parcel forwarding"))
                .retrieve().body(BlacklistEntry.class);
        HttpStatus again = manager.post().uri("/api/blacklist").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("kind", "ADDRESS", "value", address.replace(" ", ""), "reason", "twice"))
                .exchange((request, response) -> HttpStatus.valueOf(response.getStatusCode().value()));
        HttpStatus clerk = users.api(Roles.CLERK).get().uri("/api/blacklist")
                .exchange((request, response) -> HttpStatus.valueOf(response.getStatusCode().value()));
        BlacklistEntry updated = manager.put().uri("/api/blacklist/{id}", added.id()).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("value", address, "reason", "parcel forwarding, confirmed")).retrieve()
                .body(BlacklistEntry.class);
        manager.delete().uri("/api/blacklist/{id}", added.id()).retrieve().toBodilessEntity();
        HttpStatus gone = manager.get().uri("/api/blacklist/{id}", added.id())
                .exchange((request, response) -> HttpStatus.valueOf(response.getStatusCode().value()));

        assertThat(added.createdBy()).isEqualTo(users.userOf(Roles.MANAGER));
        assertThat(again).isEqualTo(HttpStatus.CONFLICT);
        assertThat(clerk).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(updated.reason()).isEqualTo("parcel forwarding, confirmed");
        assertThat(gone).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private void runNowOrLetTheJobExecutorRun(Job job) {
        try {
            management.executeJob(job.getId());
        } catch (RuntimeException alreadyTaken) {
            // the job executor saw the moved clock too and ran the job first; the outcome is awaited below
        }
    }

    /** Orders of a new channel, each waiting for a clerk: placed 11 years ago, outside the tests' 10-year window. */
    private List<OrderDetail> importRisky(String prefix, int count, String price) {
        Channel channel = createChannel(channels, prefix);
        AuditCsv file = new AuditCsv();
        for (int i = 1; i <= count; i++) {
            file.order("R" + i, 11L * 365 * 24 * 60, AuditCsv.newMobile(), file.address("r" + i), file.sku("r" + i), 1, price,
                    "0.00", null);
        }
        try {
            ImportRecord submitted = imports.submit(channel.code(), "risky.csv", new ByteArrayInputStream(file.bytes()),
                    ImportSource.UPLOAD, "integration-test");
            Await.until(() -> imports.get(submitted.id()), r -> r.status().isFinished(), Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        List<OrderDetail> found = new java.util.ArrayList<>();
        for (int i = 1; i <= count; i++) {
            found.add(orders.findByChannelOrderNo(channel.code(), file.orderNo("R" + i)).orElseThrow());
        }
        return found;
    }

    private Task task(OrderDetail order) {
        return engineTasks.createTaskQuery().processInstanceBusinessKey(Long.toString(order.id())).singleResult();
    }

    private OrderStatus status(OrderDetail order) {
        return orders.find(order.id()).orElseThrow().status();
    }
}
