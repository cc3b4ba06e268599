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
import com.tierflow.order.OrderQueries;
import com.tierflow.order.OrderStatus;
import com.tierflow.security.Roles;
import com.tierflow.shared.PageResult;
import com.tierflow.support.Await;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;

/** One file with clean and risky orders through import and audit, checked order by order. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderAuditIT {

    private static final ParameterizedTypeReference<PageResult<ApprovalTask>> TASK_PAGE = new ParameterizedTypeReference<>() {
    };

    @Autowired
    private ChannelService channels;
    @Autowired
    private ImportService imports;
    @Autowired
    private OrderQueries orders;
    @Autowired
    private OrderAuditing auditing;
    @Autowired
    private TaskService engineTasks;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TestUsers users;

    private Channel channel;
    private AuditCsv file;
    private ImportRecord imported;

    @BeforeAll
    void importMixedFile() throws IOException {
        channel = createChannel(channels, "audit");
        file = new AuditCsv();
        String blacklisted = AuditCsv.newMobile();
        users.api(Roles.MANAGER).post().uri("/api/blacklist").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("kind", "PHONE", "value", "+86 " + blacklisted, "reason", "chargebacks"))
                .retrieve().toBodilessEntity();
        String twice = AuditCsv.newMobile();
        String shared = file.address("shared");
        String coupon = "IT" + file.run;
        file.clean("CLEAN")
                .order("P1", 60, AuditCsv.newMobile(), file.address("p1"), file.sku("price"), 1, "100.00", "0.00", null)
                .order("P2", 60, AuditCsv.newMobile(), file.address("p2"), file.sku("price"), 1, "100.00", "0.00", null)
                .order("P3", 60, AuditCsv.newMobile(), file.address("p3"), file.sku("price"), 1, "100.00", "0.00", null)
                .order("P4", 60, AuditCsv.newMobile(), file.address("p4"), file.sku("price"), 1, "300.00", "0.00", null)
                .order("OLD", 11L * 365 * 24 * 60, AuditCsv.newMobile(), file.address("old"), file.sku("old"), 1, "99.00", "0.00", null)
                .order("FUTURE", -24 * 60, AuditCsv.newMobile(), file.address("future"), file.sku("future"), 1, "99.00", "0.00", null)
                .order("DUP-A", 60, twice, file.address("dup"), file.sku("dup"), 2, "49.00", "0.00", null)
                .order("DUP-B", 57, twice, file.address("dup"), file.sku("dup"), 2, "49.00", "0.00", null)
                .order("BLACK", 60, blacklisted, file.address("black"), file.sku("black"), 1, "99.00", "0.00", null)
                .order("BIG", 60, AuditCsv.newMobile(), file.address("big"), file.sku("big"), 1, "12000.00", "0.00", null)
                .order("ADDR-1", 90, AuditCsv.newMobile(), shared, file.sku("a1"), 1, "99.00", "0.00", null)
                .order("ADDR-2", 90, AuditCsv.newMobile(), shared, file.sku("a2"), 1, "99.00", "0.00", null)
                .order("ADDR-3", 90, AuditCsv.newMobile(), shared, file.sku("a3"), 1, "99.00", "0.00", null)
                .order("CPN-1", 60, AuditCsv.newMobile(), file.address("c1"), file.sku("c1"), 1, "99.00", "0.00", coupon)
                .order("CPN-2", 60, AuditCsv.newMobile(), file.address("c2"), file.sku("c2"), 1, "99.00", "0.00", coupon)
                .order("DISC", 60, AuditCsv.newMobile(), file.address("disc"), file.sku("disc"), 1, "100.00", "60.00", null);
        // more orders than one audit slice holds in tests (25)
        for (int i = 1; i <= 20; i++) {
            file.clean("MORE-" + i);
        }
        ImportRecord submitted = imports.submit(channel.code(), "mixed.csv", new ByteArrayInputStream(file.bytes()),
                ImportSource.UPLOAD, "integration-test");
        imported = Await.until(() -> imports.get(submitted.id()), r -> r.status().isFinished(), Duration.ofSeconds(90));
    }

    @Test
    void shouldApproveCleanOrdersAndSendEachRiskToTheRightPlaceWithItsReasons() {
        Map<String, List<String>> expectedReasons = new LinkedHashMap<>();
        expectedReasons.put("P4", List.of("PRICE_FAR_FROM_MEDIAN"));
        expectedReasons.put("OLD", List.of("ORDER_TOO_OLD"));
        expectedReasons.put("FUTURE", List.of("ORDER_TIME_IN_FUTURE"));
        expectedReasons.put("DUP-A", List.of("POSSIBLE_DUPLICATE"));
        expectedReasons.put("DUP-B", List.of("POSSIBLE_DUPLICATE"));
        expectedReasons.put("BLACK", List.of("BLACKLISTED_CONTACT"));
        expectedReasons.put("BIG", List.of("NEW_CUSTOMER_HIGH_AMOUNT", "HIGH_VALUE"));
        expectedReasons.put("ADDR-1", List.of("SHARED_ADDRESS"));
        expectedReasons.put("ADDR-2", List.of("SHARED_ADDRESS"));
        expectedReasons.put("ADDR-3", List.of("SHARED_ADDRESS"));
        expectedReasons.put("CPN-1", List.of("COUPON_REUSED"));
        expectedReasons.put("CPN-2", List.of("COUPON_REUSED"));
        expectedReasons.put("DISC", List.of("HIGH_DISCOUNT_SHARE"));

        List<String> cleanOrders = new java.util.ArrayList<>(List.of("CLEAN", "P1", "P2", "P3"));
        for (int i = 1; i <= 20; i++) {
            cleanOrders.add("MORE-" + i);
        }
        assertThat(jdbc.queryForObject("select last_order_id - first_order_id + 1 from audit_run where import_id = ?",
                Long.class, imported.id())).as("spans two slices").isGreaterThan(25);
        for (String clean : cleanOrders) {
            OrderDetail order = order(clean);
            assertThat(order.status()).as(clean).isEqualTo(OrderStatus.APPROVED);
            assertThat(auditing.find(order.id())).as(clean).isEmpty();
            assertThat(order.timeline()).as(clean).singleElement()
                    .extracting(OrderEvent::actor, OrderEvent::fromStatus, OrderEvent::toStatus)
                    .containsExactly("audit", OrderStatus.IMPORTED, OrderStatus.APPROVED);
            assertThat(engineTasks.createTaskQuery().processInstanceBusinessKey(Long.toString(order.id())).count())
                    .as(clean).isZero();
        }
        expectedReasons.forEach((orderNo, reasons) -> {
            OrderDetail order = order(orderNo);
            OrderAudit audit = auditing.find(order.id()).orElseThrow();
            assertThat(audit.reasons()).as(orderNo).containsExactlyInAnyOrderElementsOf(reasons);
            assertThat(audit.firedRules()).as(orderNo).hasSameSizeAs(reasons);
            assertThat(audit.decisionId()).startsWith("order-audit:");
        });
        assertThat(outcome("FUTURE")).isEqualTo(AuditOutcome.REJECT);
        assertThat(order("FUTURE").status()).isEqualTo(OrderStatus.REJECTED);
        assertThat(outcome("BLACK")).isEqualTo(AuditOutcome.MANAGER_APPROVAL);
        assertThat(outcome("BIG")).isEqualTo(AuditOutcome.MANAGER_APPROVAL);
        assertThat(outcome("P4")).isEqualTo(AuditOutcome.CLERK_REVIEW);
    }

    @Test
    void shouldOpenOneClerkReviewPerWaitingOrderAndNoneForTheRejectedOne() {
        for (String orderNo : List.of("P4", "OLD", "DUP-A", "DUP-B", "BLACK", "BIG", "ADDR-1", "ADDR-2", "ADDR-3", "CPN-1",
                "CPN-2", "DISC")) {
            OrderDetail order = order(orderNo);
            assertThat(order.status()).as(orderNo).isEqualTo(OrderStatus.PENDING_REVIEW);
            Task task = engineTasks.createTaskQuery().processInstanceBusinessKey(Long.toString(order.id())).singleResult();
            assertThat(task.getTaskDefinitionKey()).as(orderNo).isEqualTo("reviewOrder");
            assertThat(engineTasks.getIdentityLinksForTask(task.getId())).extracting(IdentityLink::getGroupId)
                    .as(orderNo).containsExactly(Roles.CLERK);
            assertThat(task.getDueDate()).as(orderNo).isAfter(task.getCreateTime());
            assertThat(order.timeline()).extracting(OrderEvent::kind).as(orderNo)
                    .containsExactly(OrderEventKind.STATUS_CHANGED, OrderEventKind.TASK_CREATED);
        }
        assertThat(engineTasks.createTaskQuery().processInstanceBusinessKey(Long.toString(order("FUTURE").id())).count())
                .isZero();
    }

    @Test
    void shouldShowWhyAnOrderWaitsInTheOrderApiAndTheClerksTaskList() {
        OrderDetail big = order("BIG");
        OrderAudit audit = users.api(Roles.CLERK).get().uri("/api/orders/{id}/audit", big.id()).retrieve()
                .body(OrderAudit.class);
        PageResult<ApprovalTask> highValue = users.api(Roles.CLERK).get()
                .uri("/api/approval-tasks?scope=GROUP&channel={c}&reason=HIGH_VALUE&minAmount=10000", channel.code())
                .retrieve().body(TASK_PAGE);
        PageResult<ApprovalTask> all = users.api(Roles.CLERK).get()
                .uri("/api/approval-tasks?channel={c}&size=500", channel.code()).retrieve().body(TASK_PAGE);

        assertThat(audit.outcome()).isEqualTo(AuditOutcome.MANAGER_APPROVAL);
        assertThat(audit.facts()).contains("\"amount\":12000.0");
        assertThat(big.timeline().get(0).reason()).contains("HIGH_VALUE");
        assertThat(highValue.items()).singleElement().satisfies(task -> {
            assertThat(task.orderId()).isEqualTo(big.id());
            assertThat(task.channelOrderNo()).isEqualTo(file.orderNo("BIG"));
            assertThat(task.auditReasons()).containsExactlyInAnyOrder("NEW_CUSTOMER_HIGH_AMOUNT", "HIGH_VALUE");
            assertThat(task.customerName()).isNotBlank();
        });
        assertThat(all.total()).isEqualTo(12);
        assertThat(users.api(Roles.MANAGER).get().uri("/api/approval-tasks?scope=GROUP&channel={c}", channel.code())
                .retrieve().body(TASK_PAGE).total()).as("managers see no clerk reviews").isZero();
    }

    @Test
    void shouldAuditNothingTwice() {
        long eventsBefore = events();
        long processesBefore = processes();
        jdbc.update("update audit_run set next_order_id = first_order_id, finished_at = null where import_id = ?",
                imported.id());

        AuditProgress again = auditing.auditImport(imported.id());

        assertThat(again.audited()).isZero();
        assertThat(again.done()).isTrue();
        assertThat(events()).isEqualTo(eventsBefore);
        assertThat(processes()).isEqualTo(processesBefore);
    }

    private long events() {
        return jdbc.queryForObject("select count(*) from order_event e join sales_order o on o.id = e.order_id "
                + "where o.import_id = ?", Long.class, imported.id());
    }

    private long processes() {
        return jdbc.queryForObject("select count(*) from audit_result where import_id = ? and process_instance_id is not null",
                Long.class, imported.id());
    }

    private AuditOutcome outcome(String orderNo) {
        return auditing.find(order(orderNo).id()).orElseThrow().outcome();
    }

    private OrderDetail order(String orderNo) {
        return orders.findByChannelOrderNo(channel.code(), file.orderNo(orderNo)).orElseThrow();
    }
}
