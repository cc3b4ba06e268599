package com.tierflow.delivery;

import static com.tierflow.support.ChannelFiles.createChannel;
import static com.tierflow.support.ChannelFiles.importFile;
import static com.tierflow.support.OrderCsv.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.ImportService;
import com.tierflow.order.ChannelLedger;
import com.tierflow.order.LedgerEntryView;
import com.tierflow.order.LedgerKind;
import com.tierflow.order.LedgerQueries;
import com.tierflow.order.OrderDetail;
import com.tierflow.order.OrderEvent;
import com.tierflow.order.OrderEventKind;
import com.tierflow.order.OrderLifecycle;
import com.tierflow.order.OrderQueries;
import com.tierflow.order.OrderStatus;
import com.tierflow.security.Roles;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.OrderCsv;
import com.tierflow.support.OrderCsv.Buyer;
import com.tierflow.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/** The order lifecycle after approval: delivery batches, shipment files, automatic completion, returns, bulk changes. */
@IntegrationTest
class DeliveryIT {

    private static final ParameterizedTypeReference<List<ChangeResult>> RESULTS = new ParameterizedTypeReference<>() {
    };
    private static final Duration WAIT = Duration.ofDays(7);

    @Autowired
    private ChannelService channels;
    @Autowired
    private ImportService imports;
    @Autowired
    private OrderQueries orders;
    @Autowired
    private OrderLifecycle lifecycle;
    @Autowired
    private LedgerQueries ledger;
    @Autowired
    private Deliveries deliveries;
    @Autowired
    private ShipmentFiles shipments;
    @Autowired
    private OrderCompletion completion;
    @Autowired
    private TestUsers users;
    @Autowired
    private Environment environment;
    @Autowired
    private RuntimeService runtime;

    @Test
    void shouldTakeImportedOrdersThroughDeliveryAndShipmentToCompletedAfterTheWaitingDays() throws Exception {
        Channel channel = createChannel(channels, "deliv");
        OrderCsv file = new OrderCsv()
                .order("D-1", recently(), buyer(), "0.00", "8.00", line(sku(), 1, "59.00", "0.00"))
                .order("D-2", recently(), buyer(), "0.00", "0.00", line(sku(), 2, "30.00", "0.00"),
                        line(sku(), 1, "12.50", "0.00"));
        importFile(imports, channel, file);
        OrderDetail first = order(channel, "D-1");
        OrderDetail second = order(channel, "D-2");
        assertThat(List.of(first.status(), second.status())).as("the audit approves clean orders by itself")
                .containsOnly(OrderStatus.APPROVED);
        String formula = "=HYPERLINK(\"http://evil.example\")";
        changeAll(users.api(Roles.CLERK), channel, List.of(Map.of("orderNo", "D-1", "action", "UPDATE_ADDRESS",
                "reason", "customer called", "address", formula)));

        DeliveryBatch batch = users.api(Roles.CLERK).post().uri("/api/channels/{code}/delivery-batches", channel.code())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("warehouse", "HZ-1"))
                .retrieve().body(DeliveryBatch.class);
        String deliveryFile = users.api(Roles.MANAGER).get().uri("/api/delivery-batches/{id}/delivery-file", batch.id())
                .retrieve().body(String.class);

        assertThat(batch.orderIds()).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(batch.warehouse()).isEqualTo("HZ-1");
        List<String> lines = deliveryFile.lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFFbatch_id,warehouse,order_no");
        assertThat(lines).hasSize(1 + 3);
        assertThat(lines.stream().filter(l -> l.contains(",D-1,"))).singleElement().asString()
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"").doesNotContain(",=HYPERLINK");
        assertThat(List.of(status(first), status(second))).containsOnly(OrderStatus.RELEASED);

        String code = channel.code();
        RestClient channelAccount = channelAccount(code);
        byte[] shipmentFile = ("订单号,快递公司,快递单号\nD-1,顺丰,SF100" + code + "\nD-2,中通,ZT200" + code
                + "\nNO-SUCH-ORDER,顺丰,SF999\n").getBytes(StandardCharsets.UTF_8);
        ShipmentFileReport report = pushShipments(channelAccount, code, shipmentFile);
        ShipmentFileReport again = pushShipments(channelAccount, code, shipmentFile);
        HttpStatus otherChannel = channelAccount(createChannel(channels, "other").code()).post()
                .uri("/api/channels/{code}/shipment-files", code).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload(shipmentFile)).exchange((request, response) -> HttpStatus.valueOf(response.getStatusCode()
                        .value()));

        assertThat(report.status()).isEqualTo(ShipmentFileStatus.COMPLETED_WITH_ERRORS);
        assertThat(List.of(report.rowsRead(), report.rowsShipped(), report.rowsFailed())).containsExactly(3, 2, 1);
        assertThat(report.problems()).singleElement()
                .extracting(ShipmentProblem::rowNumber, ShipmentProblem::orderNo)
                .containsExactly(4L, "NO-SUCH-ORDER");
        assertThat(Path.of(environment.getRequiredProperty("tierflow.data-dir"), "shipment-files", report.id() + ".csv"))
                .as("the pushed file is kept").hasBinaryContent(shipmentFile);
        assertThat(again.status()).isEqualTo(ShipmentFileStatus.DUPLICATE_FILE);
        assertThat(again.duplicateOf()).isEqualTo(report.id());
        assertThat(otherChannel).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(List.of(status(first), status(second))).containsOnly(OrderStatus.SHIPPED);

        // the moved clock: a day before the waiting time is up nothing completes, after it each order once
        Instant shippedAt = shippedAt(first);
        completion.completeDue(shippedAt.plus(WAIT).minus(Duration.ofDays(1)));
        assertThat(List.of(status(first), status(second))).containsOnly(OrderStatus.SHIPPED);
        Instant due = shippedAt.plus(WAIT).plusSeconds(60);
        CompletableFuture<Integer> nodeA = CompletableFuture.supplyAsync(() -> completion.completeDue(due));
        CompletableFuture<Integer> nodeB = CompletableFuture.supplyAsync(() -> completion.completeDue(due));
        assertThat(nodeA.get() + nodeB.get()).isGreaterThanOrEqualTo(2);

        for (OrderDetail order : List.of(first, second)) {
            OrderDetail done = orders.find(order.id()).orElseThrow();
            assertThat(done.status()).isEqualTo(OrderStatus.COMPLETED);
            assertThat(done.timeline()).filteredOn(e -> e.kind() == OrderEventKind.STATUS_CHANGED)
                    .extracting(OrderEvent::fromStatus, OrderEvent::toStatus, OrderEvent::actor)
                    .containsExactly(tuple(OrderStatus.IMPORTED, OrderStatus.APPROVED, "audit"),
                            tuple(OrderStatus.APPROVED, OrderStatus.RELEASED, users.userOf(Roles.CLERK)),
                            tuple(OrderStatus.RELEASED, OrderStatus.SHIPPED, users.channelUserOf(code)),
                            tuple(OrderStatus.SHIPPED, OrderStatus.COMPLETED, "system"));
        }
        assertThat(orders.find(first.id()).orElseThrow().timeline())
                .anySatisfy(e -> assertThat(e.details()).contains("SF100" + code))
                .anySatisfy(e -> assertThat(e.reason()).contains("customer called"));
    }

    @Test
    void shouldRefundAPartialReturnAndKeepTheLedgerExact() {
        Channel channel = createChannel(channels, "return");
        OrderCsv file = new OrderCsv().order("R-1", recently(), buyer(), "5.00", "8.00",
                line(sku(), 3, "33.33", "0.00"), line(sku(), 1, "20.00", "2.00"));
        importFile(imports, channel, file);
        OrderDetail order = shipped(channel, "R-1");
        BigDecimal paid = file.order("R-1").total();

        List<ChangeResult> partial = changeAll(users.api(Roles.CLERK), channel, List.of(Map.of("orderNo", "R-1",
                "action", "RETURN", "lineNo", 1, "quantity", 2, "reason", "two were broken")));

        // two of three at 33.33 each: the refund is their share of the line, independent of the order's other money
        BigDecimal refund = new BigDecimal("-66.66");
        assertThat(partial).singleElement().satisfies(result -> {
            assertThat(result.applied()).isTrue();
            assertThat(result.status()).isEqualTo(OrderStatus.SHIPPED);
            assertThat(result.refund()).isEqualByComparingTo(refund);
        });
        OrderDetail after = orders.find(order.id()).orElseThrow();
        assertThat(after.ledger()).filteredOn(e -> e.kind() == LedgerKind.REFUND)
                .extracting(LedgerEntryView::amount).singleElement().isEqualTo(refund);
        assertThat(after.timeline()).last().extracting(OrderEvent::kind, OrderEvent::actor, OrderEvent::reason)
                .containsExactly(OrderEventKind.PARTIAL_RETURN, users.userOf(Roles.CLERK), "two were broken");
        ChannelLedger books = ledger.reconcile(channel.code(), null, null).get(0);
        assertThat(books.refund()).isEqualTo(refund);
        assertThat(books.totalAmount()).isEqualByComparingTo(paid);
        assertThat(books.goods().add(books.lineDiscount()).add(books.orderDiscount()).add(books.shippingFee()))
                .isEqualByComparingTo(paid);
        assertThat(books.ledgerBalance()).isEqualByComparingTo(paid.add(refund));
        assertThat(books.balanced()).as("a refund is no gap in the books").isTrue();

        List<ChangeResult> rest = changeFile(users.api(Roles.MANAGER), channel,
                "order_no,action,reason\nR-1,退货,customer sent the rest back\n");

        assertThat(rest).singleElement().extracting(ChangeResult::applied, ChangeResult::status)
                .containsExactly(true, OrderStatus.RETURNED);
        ChannelLedger closed = ledger.reconcile(channel.code(), null, null).get(0);
        assertThat(closed.ledgerBalance()).isEqualByComparingTo("0.00");
        assertThat(closed.refund()).isEqualByComparingTo(paid.negate());
        assertThat(closed.balanced()).isTrue();
    }

    @Test
    void shouldApplyABulkModificationEntryByEntryAndReportTheOneThatFailed() {
        Channel channel = createChannel(channels, "bulk");
        OrderCsv file = new OrderCsv();
        for (String no : List.of("B-1", "B-2", "B-3", "B-4")) {
            file.order(no, "B-4".equals(no) ? hoursAgo(3) : recently(), buyer(), "0.00", "6.00",
                    line(sku(), 1, "40.00", "0.00"));
        }
        file.order("B-5", recently(), buyer(), "0.00", "0.00", line(sku(), 1, "12000.00", "0.00"));
        importFile(imports, channel, file);
        OrderDetail waiting = order(channel, "B-5");
        assertThat(waiting.status()).as("high value waits for approval").isEqualTo(OrderStatus.PENDING_REVIEW);
        OrderDetail released = released(channel, "B-4");
        List<OrderDetail> before = Arrays.asList(order(channel, "B-1"), order(channel, "B-2"), order(channel, "B-3"),
                released);

        List<ChangeResult> results = changeFile(users.api(Roles.CLERK), channel, """
                订单号,操作,原因,收货省份,收货城市,收货地址
                B-1,HOLD,stock check,,,
                B-2,UPDATE_ADDRESS,moved,江苏省,南京市,玄武区 1 号
                B-3,CANCEL,customer cancelled,,,
                B-4,HOLD,too late,,,
                B-9,CANCEL,unknown order,,,
                B-5,取消,customer changed their mind,,,
                """);

        assertThat(results).extracting(ChangeResult::entry, ChangeResult::orderNo, ChangeResult::applied,
                        ChangeResult::status)
                .containsExactly(tuple(2L, "B-1", true, OrderStatus.ON_HOLD),
                        tuple(3L, "B-2", true, OrderStatus.APPROVED),
                        tuple(4L, "B-3", true, OrderStatus.CANCELLED),
                        tuple(5L, "B-4", false, null),
                        tuple(6L, "B-9", false, null),
                        tuple(7L, "B-5", true, OrderStatus.CANCELLED));
        assertThat(results.get(3).message()).contains("RELEASED cannot become ON_HOLD");
        assertThat(results.get(4).message()).contains("no order B-9");
        OrderDetail moved = order(channel, "B-2");
        assertThat(List.of(moved.province(), moved.city(), moved.address()))
                .containsExactly("江苏省", "南京市", "玄武区 1 号");
        assertThat(moved.version()).isEqualTo(before.get(1).version() + 1);
        OrderDetail cancelled = order(channel, "B-3");
        assertThat(cancelled.ledger().stream().map(LedgerEntryView::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("a cancelled order gives back what was paid").isEqualByComparingTo("0.00");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(Long.toString(waiting.id())).count())
                .as("the approval of a cancelled order is withdrawn").isZero();
        assertThat(order(channel, "B-5").timeline()).extracting(OrderEvent::reason)
                .contains("Approval withdrawn: customer changed their mind");
        OrderDetail untouched = order(channel, "B-4");
        assertThat(untouched.status()).isEqualTo(OrderStatus.RELEASED);
        assertThat(untouched.version()).isEqualTo(released.version());
        assertThat(untouched.timeline()).hasSameSizeAs(released.timeline());
        assertThat(order(channel, "B-1").timeline()).last()
                .extracting(OrderEvent::actor, OrderEvent::toStatus, OrderEvent::reason)
                .containsExactly(users.userOf(Roles.CLERK), OrderStatus.ON_HOLD, "stock check");
    }

    @Test
    void shouldRefuseIllegalTransitionsWithTheReasonAndChangeNothing() throws IOException {
        Channel channel = createChannel(channels, "illegal");
        OrderCsv file = new OrderCsv()
                .order("X-1", hoursAgo(3), buyer(), "0.00", "0.00", line(sku(), 1, "10.00", "0.00"))
                .order("X-2", recently(), buyer(), "0.00", "0.00", line(sku(), 1, "10.00", "0.00"));
        importFile(imports, channel, file);
        OrderDetail releasedThenCancelled = released(channel, "X-1");
        lifecycle.transition(releasedThenCancelled.id(), OrderStatus.CANCELLED, "it-manager", "customer cancelled");
        OrderDetail approved = order(channel, "X-2");

        ShipmentFileReport report = shipments.submit(channel.code(), "late.csv", new ByteArrayInputStream(
                "order_no,carrier,tracking_no\nX-1,SF,SF-LATE\n".getBytes(StandardCharsets.UTF_8)), "it-warehouse");
        List<ChangeResult> refused = changeAll(users.api(Roles.MANAGER), channel, List.of(
                Map.of("orderNo", "X-2", "action", "RETURN", "reason", "not even shipped"),
                Map.of("orderNo", "X-2", "action", "RELEASE", "reason", "not on hold")));
        HttpStatus customerService = users.api(Roles.CUSTOMER_SERVICE).post()
                .uri("/api/channels/{code}/delivery-batches", channel.code())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of())
                .exchange((request, response) -> HttpStatus.valueOf(response.getStatusCode().value()));

        assertThat(report.problems()).singleElement().extracting(ShipmentProblem::message).asString()
                .contains("CANCELLED cannot change any more");
        assertThat(refused).extracting(ChangeResult::applied).containsOnly(false);
        assertThat(refused.get(0).message()).contains("only shipped or completed orders take returns");
        assertThat(refused.get(1).message()).contains("RELEASE lifts a hold");
        assertThat(customerService).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(status(releasedThenCancelled)).isEqualTo(OrderStatus.CANCELLED);
        OrderDetail still = order(channel, "X-2");
        assertThat(still.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(still.version()).isEqualTo(approved.version());
    }

    private OrderDetail released(Channel channel, String orderNo) {
        OrderDetail order = order(channel, orderNo);
        assertThat(order.status()).isEqualTo(OrderStatus.APPROVED);
        DeliveryBatch batch = deliveries.release(channel.code(), null, 1, "it-clerk");
        assertThat(batch.orderIds()).containsExactly(order.id());
        return order(channel, orderNo);
    }

    private OrderDetail shipped(Channel channel, String orderNo) {
        released(channel, orderNo);
        try {
            ShipmentFileReport report = shipments.submit(channel.code(), "ship.csv", new ByteArrayInputStream(
                    ("order_no,carrier,tracking_no\n" + orderNo + ",SF,SF-" + UUID.randomUUID() + "\n")
                            .getBytes(StandardCharsets.UTF_8)), "it-warehouse");
            assertThat(report.rowsShipped()).isEqualTo(1);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return order(channel, orderNo);
    }

    private List<ChangeResult> changeAll(RestClient api, Channel channel, List<Map<String, Object>> changes) {
        return api.post().uri("/api/channels/{code}/order-changes", channel.code())
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("changes", changes))
                .retrieve().body(RESULTS);
    }

    private List<ChangeResult> changeFile(RestClient api, Channel channel, String csv) {
        return api.post().uri("/api/channels/{code}/order-change-files", channel.code())
                .contentType(MediaType.MULTIPART_FORM_DATA).body(upload(csv.getBytes(StandardCharsets.UTF_8)))
                .retrieve().body(RESULTS);
    }

    private static ShipmentFileReport pushShipments(RestClient api, String code, byte[] content) {
        return api.post().uri("/api/channels/{code}/shipment-files", code).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload(content)).retrieve().body(ShipmentFileReport.class);
    }

    private static MultiValueMap<String, Object> upload(byte[] content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return "shipments.csv";
            }
        });
        return parts;
    }

    /** A channel's own user: role channel, bound to that channel. */
    private RestClient channelAccount(String channelCode) {
        return users.channel(channelCode);
    }

    private Instant shippedAt(OrderDetail order) {
        return orders.find(order.id()).orElseThrow().timeline().stream()
                .filter(e -> e.toStatus() == OrderStatus.SHIPPED).findFirst().orElseThrow().occurredAt();
    }

    private OrderStatus status(OrderDetail order) {
        return orders.find(order.id()).orElseThrow().status();
    }

    private OrderDetail order(Channel channel, String orderNo) {
        return orders.findByChannelOrderNo(channel.code(), orderNo).orElseThrow();
    }

    private static Buyer buyer() {
        return new Buyer(null, "韩梅梅", OrderCsv.newMobile(), null);
    }

    private static String sku() {
        return "SKU-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String recently() {
        return hoursAgo(2);
    }

    /** Delivery batches take the oldest approved orders first: an earlier order is the one a batch of 1 takes. */
    private static String hoursAgo(int hours) {
        return LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(hours)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
    }
}
