package com.tierflow.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tierflow.support.ApplicationNode;
import com.tierflow.support.Await;
import com.tierflow.support.OrderCsv;
import com.tierflow.support.OrderCsv.Buyer;
import com.tierflow.support.TestDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Two packaged application nodes (separate JVMs, each with its own node id, port and job executor) on one PostgreSQL
 * database and one shared inbox folder. One workload is driven through both at once in {@link #runWorkload()}; each
 * test then checks one cluster guarantee against the database. A module that adds cluster work (approvals,
 * classification runs, care tasks) adds its part of the workload there and one test per guarantee.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterIT {

    private static final String CHANNEL = "CLUSTER";
    private static final int FILES = 12;
    private static final int ORDERS_PER_FILE = 130;
    /** Each file starts 100 orders after the previous one: its last 30 orders are the next file's first 30. */
    private static final int FILE_STRIDE = 100;
    private static final int CONFLICT_ORDERS = 3;
    private static final int BUYERS = 40;
    private static final int INBOX_FILES = 5;
    /** Every order CL-n with n % 47 == 5 carries a line of 31,000: manager approval whatever the customer's tier. */
    private static final int HIGH_VALUE_EVERY = 47;
    private static final String HIGH_VALUE_PRICE = "31000.00";
    private static final int MANUAL_RUNS_PER_NODE = 2;
    /** The "nightly" classification every 20 seconds, so that both nodes' job executors race for several due times. */
    private static final int TIMER_SECONDS = 20;

    @TempDir static Path dir;
    private final List<Buyer> buyers = IntStream.range(0, BUYERS)
            .mapToObj(i -> new Buyer("CB-" + i, "客户" + i, OrderCsv.newMobile(), null)).toList();
    private final List<OrderCsv> files = new ArrayList<>();
    private ApplicationNode nodeA;
    private ApplicationNode nodeB;
    private JdbcTemplate db;
    private SingleConnectionDataSource connection;
    private int pushes;
    private long scheduleId;
    private final List<Long> manualRuns = new CopyOnWriteArrayList<>();

    @BeforeAll
    void runWorkload() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "The cluster test needs PostgreSQL: H2 in file mode is a single-node "
                + "database, so there is no cluster to test on it");
        Map<String, String> database = ApplicationNode.database(dir, ApplicationNode.postgresName("cluster"));
        connection = new SingleConnectionDataSource(database.get("url"), database.get("user"), "", true);
        db = new JdbcTemplate(connection);
        nodeA = node("cluster-node-a", database).launch();
        nodeB = node("cluster-node-b", database).launch();
        nodeA.awaitUp(Duration.ofMinutes(3));
        nodeB.awaitUp(Duration.ofMinutes(3));
        // two nodes starting on an empty database both provision the same Camunda authorizations: the loser's engine
        // logs ERROR ENGINE-16004 and IdentityProvisioning says it is harmless; the checks here are about the workload
        nodeA.markLog();
        nodeB.markLog();

        nodeA.api().post().uri("/api/channels").contentType(MediaType.APPLICATION_JSON).body(Map.of(
                "code", CHANNEL, "name", "Cluster test", "kind", "MARKETPLACE", "fileType", "CSV", "encoding", "UTF-8",
                "delimiter", ",", "dateTimeFormats", List.of("yyyy-MM-dd HH:mm:ss"), "timeZone", "Asia/Shanghai"))
                .retrieve().toBodilessEntity();
        Map<?, ?> schedule = nodeB.api().post().uri("/api/report-schedules").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("name", "cluster imports", "kind", "imports", "period", "PREVIOUS_DAY",
                        "cron", "*/10 * * * * *", "timeZone", "Asia/Shanghai", "language", "en"))
                .retrieve().body(Map.class);
        scheduleId = ((Number) schedule.get("id")).longValue();
        for (int f = 0; f < FILES; f++) {
            files.add(file(f));
        }

        long started = System.nanoTime();
        Path inbox = Files.createDirectories(dir.resolve("shared/inbox").resolve(CHANNEL));
        Path staging = Files.createDirectories(dir.resolve("staging"));
        List<Callable<Void>> work = new ArrayList<>();
        // the first files arrive in the shared inbox; both nodes poll it
        for (int f = 0; f < INBOX_FILES; f++) {
            int file = f;
            work.add(() -> {
                Path written = Files.write(staging.resolve("inbox-" + file + ".csv"), files.get(file).bytes());
                Files.move(written, inbox.resolve("inbox-" + file + ".csv"), StandardCopyOption.ATOMIC_MOVE);
                return null;
            });
        }
        // the others through the REST API of one node or the other; two of them through both at the same moment,
        // and one inbox file through the API as well
        for (int f = INBOX_FILES; f < FILES; f++) {
            int file = f;
            work.add(() -> push(file % 2 == 0 ? nodeA : nodeB, file));
        }
        work.add(() -> push(nodeA, INBOX_FILES + 1));
        work.add(() -> push(nodeB, INBOX_FILES));
        work.add(() -> push(nodeB, 0));
        pushes = work.size();
        // managers ask both nodes for a full classification at the same moment as the files arrive
        for (int m = 0; m < MANUAL_RUNS_PER_NODE; m++) {
            work.add(() -> requestClassification(nodeA));
            work.add(() -> requestClassification(nodeB));
        }
        CyclicBarrier together = new CyclicBarrier(work.size());
        ExecutorService pool = Executors.newFixedThreadPool(work.size());
        try {
            List<Callable<Void>> released = work.stream().<Callable<Void>>map(task -> () -> {
                together.await();
                return task.call();
            }).toList();
            for (Future<Void> done : pool.invokeAll(released)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }

        Await.until(() -> db.queryForObject("select count(*) from import_run where status in "
                        + "('COMPLETED', 'COMPLETED_WITH_ERRORS', 'FAILED', 'DUPLICATE_FILE')", Integer.class),
                finished -> finished == pushes, Duration.ofMinutes(3));
        // at least two due times of the schedule, raced for by both nodes, then no more
        Await.until(() -> db.queryForObject("select count(*) from report_schedule_run where schedule_id = ?",
                Integer.class, scheduleId), dues -> dues >= 2, Duration.ofSeconds(40));
        nodeA.api().post().uri("/api/report-schedules/{id}/disable", scheduleId).retrieve().toBodilessEntity();
        Await.until(() -> db.queryForObject("select count(*) from report_run where schedule_id = ? and status in "
                + "('QUEUED', 'RUNNING')", Integer.class, scheduleId), open -> open == 0, Duration.ofMinutes(1));
        // at least two due times of the classification timer, raced for by both job executors; then the timer is
        // suspended (through the engine's API) so that the checks see a settled state
        Await.until(() -> db.queryForObject("select count(*) from classification_run where run_trigger = 'TIMER' "
                + "and status = 'COMPLETED'", Integer.class), timed -> timed >= 2, Duration.ofMinutes(3));
        suspendClassificationTimer();
        Await.until(() -> db.queryForObject("select count(*) from classification_run where status in ('REQUESTED', "
                + "'RUNNING')", Integer.class) + db.queryForObject("select count(*) from ACT_RU_EXECUTION e join "
                + "ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_ where d.KEY_ = 'customer-classification'", Integer.class),
                open -> open == 0, Duration.ofMinutes(3));
        System.out.printf("ClusterIT workload: %.1f s; imports by node %s; scheduled reports by node %s; "
                        + "classification runs by trigger %s; approval tasks %d; engagement tasks %s%n",
                (System.nanoTime() - started) / 1e9,
                db.queryForList("select node_id || '=' || count(*) from import_run where status <> 'DUPLICATE_FILE' "
                        + "group by node_id", String.class),
                db.queryForList("select node_id || '=' || count(*) from report_run group by node_id", String.class),
                db.queryForList("select run_trigger || '=' || count(*) from classification_run group by run_trigger",
                        String.class),
                db.queryForObject("select count(*) from approval_task", Integer.class),
                db.queryForList("select purpose || '=' || count(*) from engagement_task group by purpose", String.class));
    }

    @AfterAll
    void stopNodes() throws InterruptedException {
        if (nodeA != null) {
            nodeA.stop();
        }
        if (nodeB != null) {
            nodeB.stop();
        }
        if (connection != null) {
            connection.destroy();
        }
    }

    @Test
    void shouldImportEachDistinctFileOnceAndReportTheOthersAsDuplicates() throws Exception {
        Map<String, List<String>> statusesByHash = new TreeMap<>();
        db.queryForList("select content_hash, status from import_run").forEach(row -> statusesByHash
                .computeIfAbsent((String) row.get("content_hash"), hash -> new ArrayList<>()).add((String) row.get("status")));
        assertThat(statusesByHash.values().stream().mapToInt(List::size).sum()).isEqualTo(pushes);
        assertThat(statusesByHash.keySet()).containsExactlyInAnyOrderElementsOf(
                files.stream().map(file -> sha256(file.bytes())).toList());
        statusesByHash.forEach((hash, statuses) -> {
            assertThat(statuses).as("imports of %s", hash).filteredOn(s -> !s.equals("DUPLICATE_FILE")).singleElement()
                    .isIn("COMPLETED", "COMPLETED_WITH_ERRORS");
        });
    }

    @Test
    void shouldImportEveryOrderExactlyOnce() {
        Map<String, OrderCsv.Order> regular = new TreeMap<>();
        files.forEach(file -> file.orders().stream().filter(o -> o.orderNo().startsWith("CL-"))
                .forEach(order -> regular.put(order.orderNo(), order)));
        assertThat(regular).hasSize((FILES - 1) * FILE_STRIDE + ORDERS_PER_FILE);

        assertThat(db.queryForObject("select count(*) from sales_order", Long.class))
                .isEqualTo(regular.size() + CONFLICT_ORDERS);
        assertThat(db.queryForObject("select count(*) - count(distinct channel_order_no) from sales_order", Long.class))
                .isZero();
        assertThat(db.queryForObject("select count(*) from order_line l join sales_order o on o.id = l.order_id "
                + "where o.channel_order_no like 'CL-%'", Long.class))
                .isEqualTo(regular.values().stream().mapToLong(o -> o.lines().size()).sum());
        BigDecimal conflictTotal = files.get(0).orders().stream().filter(o -> o.orderNo().startsWith("CX-"))
                .map(OrderCsv.Order::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal expected = regular.values().stream().map(OrderCsv.Order::total).reduce(conflictTotal, BigDecimal::add);
        assertThat(db.queryForObject("select sum(amount) from ledger_entry", BigDecimal.class)).isEqualByComparingTo(expected);
        assertThat(db.queryForObject("select sum(total_amount) from sales_order", BigDecimal.class))
                .isEqualByComparingTo(expected);

        // every order occurrence in a distinct file is counted once: imported, duplicate, or conflict (the variant
        // that lost; each conflict order comes in two variants, in every other file)
        Map<String, Object> counts = db.queryForMap("select sum(orders_imported) imported, sum(orders_duplicate) duplicate, "
                + "sum(orders_conflict) conflict from import_run where status <> 'DUPLICATE_FILE'");
        long occurrences = files.stream().mapToLong(file -> file.orders().size()).sum();
        assertThat(((Number) counts.get("imported")).longValue()).isEqualTo(regular.size() + CONFLICT_ORDERS);
        assertThat(((Number) counts.get("conflict")).longValue()).isEqualTo(CONFLICT_ORDERS * FILES / 2);
        assertThat(((Number) counts.get("duplicate")).longValue())
                .isEqualTo(occurrences - regular.size() - CONFLICT_ORDERS - CONFLICT_ORDERS * FILES / 2);
    }

    @Test
    void shouldMergeEachBuyerIntoOneCustomer() {
        assertThat(db.queryForObject("select count(*) from customer", Long.class)).isEqualTo(BUYERS);
        assertThat(db.queryForList("select phone from customer", String.class))
                .containsExactlyInAnyOrderElementsOf(buyers.stream().map(Buyer::phone).toList());
    }

    @Test
    void shouldLeaveNoImportOrReportUnfinished() {
        assertThat(db.queryForObject("select count(*) from import_run where status in ('QUEUED', 'RUNNING', 'INTERRUPTED')",
                Long.class)).isZero();
        assertThat(db.queryForObject("select count(*) from import_line", Long.class)).isZero();
        assertThat(db.queryForObject("select count(*) from report_run where status <> 'COMPLETED'", Long.class)).isZero();
    }

    @Test
    void shouldQueueExactlyOneReportPerScheduleDueTime() {
        List<Map<String, Object>> dues = db.queryForList(
                "select due_at, report_id from report_schedule_run where schedule_id = ?", scheduleId);
        List<Long> reports = db.queryForList("select id from report_run where schedule_id = ?", Long.class, scheduleId);
        assertThat(dues).hasSizeGreaterThanOrEqualTo(2).allSatisfy(due -> assertThat(due.get("report_id")).isNotNull());
        assertThat(reports).containsExactlyInAnyOrderElementsOf(
                dues.stream().map(due -> ((Number) due.get("report_id")).longValue()).toList());
    }

    @Test
    void shouldShareTheWorkBetweenBothNodes() {
        assertThat(db.queryForList("select distinct node_id from import_run where status <> 'DUPLICATE_FILE'", String.class))
                .containsExactlyInAnyOrder(nodeA.id(), nodeB.id());
    }

    @Test
    void shouldLogNoErrorAndNoDeadlockOnEitherNodeDuringTheWorkload() {
        assertThat(nodeA.troubleInLog()).as("ERROR or deadlock lines in %s", nodeA.log()).isEmpty();
        assertThat(nodeB.troubleInLog()).as("ERROR or deadlock lines in %s", nodeB.log()).isEmpty();
    }

    @Test
    void shouldAuditEveryOrderOnceAndOpenExactlyOneApprovalTaskPerOrderSentToPeople() {
        // every order audited: approved at once, or recorded once with the reasons it went to people or was rejected
        assertThat(db.queryForList("select distinct status from sales_order", String.class))
                .isSubsetOf("APPROVED", "PENDING_REVIEW", "REJECTED");
        assertThat(db.queryForList("select order_id from audit_result", Long.class)).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(db.queryForList("select id from sales_order where status in "
                        + "('PENDING_REVIEW', 'REJECTED')", Long.class));
        // the orders the files make too expensive to approve automatically, whatever the audit learnt meanwhile
        List<String> highValue = files.stream().flatMap(file -> file.orders().stream())
                .filter(order -> order.lines().stream().anyMatch(line -> line.sku().equals("SKU-BIG")))
                .map(OrderCsv.Order::orderNo).distinct().toList();
        assertThat(highValue).isNotEmpty();
        assertThat(db.queryForList("select o.channel_order_no from audit_result a join sales_order o on o.id = a.order_id "
                + "where a.outcome = 'MANAGER_APPROVAL'", String.class)).containsAll(highValue);

        List<Map<String, Object>> toPeople = db.queryForList("select order_id, process_instance_id from audit_result "
                + "where outcome in ('CLERK_REVIEW', 'MANAGER_APPROVAL')");
        assertThat(toPeople.size()).isGreaterThanOrEqualTo(highValue.size())
                .isEqualTo(db.queryForObject("select count(*) from sales_order where status = 'PENDING_REVIEW'", Integer.class));
        // one order-approval instance per such order, the one its audit result names, none for any other order
        Map<String, String> instanceByOrder = new TreeMap<>();
        db.queryForList("select e.BUSINESS_KEY_ order_id, e.ID_ instance from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d "
                + "on d.ID_ = e.PROC_DEF_ID_ where d.KEY_ = 'order-approval' and e.ID_ = e.PROC_INST_ID_").forEach(row ->
                assertThat(instanceByOrder.put((String) row.get("order_id"), (String) row.get("instance")))
                        .as("second approval instance of order %s", row.get("order_id")).isNull());
        assertThat(instanceByOrder).hasSameSizeAs(toPeople);
        toPeople.forEach(row -> assertThat(instanceByOrder.get(row.get("order_id").toString()))
                .as("approval instance of order %s", row.get("order_id")).isEqualTo(row.get("process_instance_id")));
        // one open task each, in the engine and in the inbox table, none lost
        assertThat(db.queryForObject("select count(*) from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ "
                + "where d.KEY_ = 'order-approval'", Long.class)).isEqualTo(toPeople.size());
        assertThat(db.queryForObject("select count(distinct PROC_INST_ID_) from ACT_RU_TASK t join ACT_RE_PROCDEF d "
                + "on d.ID_ = t.PROC_DEF_ID_ where d.KEY_ = 'order-approval'", Long.class)).isEqualTo(toPeople.size());
        assertThat(db.queryForObject("select count(*) from approval_task", Long.class)).isEqualTo(toPeople.size());
        assertThat(db.queryForObject("select count(distinct order_id) from approval_task", Long.class))
                .isEqualTo(toPeople.size());
    }

    @Test
    void shouldStartExactlyOneClassificationRunPerTrigger() {
        assertThat(db.queryForList("select status from classification_run", String.class)).isNotEmpty()
                .allMatch("COMPLETED"::equals);
        // after an import: one run per import that brought new orders, none for the others
        assertThat(db.queryForList("select import_id from classification_run where run_trigger = 'IMPORT'", Long.class))
                .containsExactlyInAnyOrderElementsOf(db.queryForList("select id from import_run "
                        + "where status <> 'DUPLICATE_FILE' and orders_imported > 0", Long.class));
        // by a manager: one run per request, whichever node took it
        assertThat(db.queryForList("select id from classification_run where run_trigger = 'MANUAL'", Long.class))
                .hasSize(2 * MANUAL_RUNS_PER_NODE).containsExactlyInAnyOrderElementsOf(manualRuns);
        // on the timer: one timer job across the cluster, one process instance and one run per due time
        assertThat(db.queryForObject("select count(*) from ACT_RU_JOB where HANDLER_TYPE_ = 'timer-start-event'",
                Long.class)).isEqualTo(1);
        List<Long> timerStarts = db.queryForList("select extract(epoch from START_TIME_)::bigint / ? from ACT_HI_PROCINST "
                + "where PROC_DEF_KEY_ = 'customer-classification' and START_ACT_ID_ = 'nightlyRun'", Long.class,
                TIMER_SECONDS);
        assertThat(timerStarts).as("due times the timer fired at").hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates();
        assertThat(db.queryForObject("select count(*) from classification_run where run_trigger = 'TIMER'", Long.class))
                .isEqualTo(timerStarts.size());
        // every run was carried by exactly one process instance
        assertThat(db.queryForObject("select count(*) from ACT_HI_PROCINST where PROC_DEF_KEY_ = 'customer-classification'",
                Long.class)).isEqualTo(db.queryForObject("select count(*) from classification_run", Long.class));
        // every customer with a counted order is classified once
        assertThat(db.queryForObject("select count(*) from current_classification", Long.class))
                .isEqualTo(db.queryForObject("select count(distinct customer_id) from sales_order where status in "
                        + "('APPROVED', 'RELEASED', 'SHIPPED', 'COMPLETED', 'RETURNED')", Long.class));
    }

    @Test
    void shouldOpenNoDuplicateCareOrPromotionTask() {
        List<Map<String, Object>> tasks = db.queryForList("select id, customer_id, purpose, status, process_instance_id "
                + "from engagement_task");
        assertThat(tasks).as("care or promotion tasks").isNotEmpty()
                .allSatisfy(task -> assertThat(task.get("status")).isEqualTo("OPEN"));
        assertThat(db.queryForObject("select count(*) from (select customer_id, purpose from engagement_task "
                + "group by customer_id, purpose having count(*) > 1) twice", Long.class)).isZero();
        // every action the current classification recommends has its task, none lost
        assertThat(db.queryForObject("select count(*) from current_classification c where c.action in ('CARE', 'PROMOTE') "
                + "and not exists (select 1 from engagement_task t where t.customer_id = c.customer_id "
                + "and t.purpose = c.action)", Long.class)).isZero();
        // one engagement process instance and one open user task per task row
        assertThat(db.queryForList("select e.BUSINESS_KEY_ from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d "
                + "on d.ID_ = e.PROC_DEF_ID_ where d.KEY_ = 'customer-engagement' and e.ID_ = e.PROC_INST_ID_", String.class))
                .containsExactlyInAnyOrderElementsOf(tasks.stream().map(task -> "task-" + task.get("id")).toList());
        assertThat(db.queryForObject("select count(*) from ACT_RU_TASK t join ACT_RE_PROCDEF d on d.ID_ = t.PROC_DEF_ID_ "
                + "where d.KEY_ = 'customer-engagement'", Long.class)).isEqualTo(tasks.size());
        assertThat(db.queryForObject("select sum(tasks_created) from classification_run", Long.class))
                .isEqualTo(tasks.size());
    }

    @Test
    void shouldLeaveNoFailedJobOrIncidentBehindTheOptimisticLockingConflictsTheEngineRetried() {
        assertThat(db.queryForObject("select count(*) from ACT_RU_INCIDENT", Long.class)).isZero();
        assertThat(db.queryForList("select ID_ || ' ' || coalesce(EXCEPTION_MSG_, '') from ACT_RU_JOB "
                + "where EXCEPTION_MSG_ is not null or RETRIES_ < 3 or LOCK_OWNER_ is not null", String.class)).isEmpty();
        List<String> conflicts = new ArrayList<>(nodeA.linesInLog("OptimisticLockingException"));
        conflicts.addAll(nodeB.linesInLog("OptimisticLockingException"));
        // a conflict the engine handled is logged below ERROR and its job ran again; both are checked above
        System.out.printf("ClusterIT: %d optimistic-locking conflicts logged, all retried: %s%n", conflicts.size(),
                conflicts.stream().limit(3).toList());
    }

    @Test
    void shouldRefuseAnUploadAboveTheLimitWithAProblem() {
        MultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
        upload.add("file", new ByteArrayResource(new byte[1_500_000]) {
            @Override
            public String getFilename() {
                return "too-large.csv";
            }
        });
        String[] answer = nodeB.api().post().uri("/api/channels/{code}/imports", CHANNEL)
                .contentType(MediaType.MULTIPART_FORM_DATA).body(upload)
                .exchange((request, response) -> new String[] {String.valueOf(response.getStatusCode().value()),
                        String.valueOf(response.getHeaders().getContentType()),
                        new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8)});
        assertThat(answer[0]).as("answer %s", String.join(" ", answer)).isEqualTo("413");
        assertThat(answer[1]).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(answer[2]).contains("larger than this server accepts");
    }

    private Void push(ApplicationNode node, int file) {
        MultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
        upload.add("file", new ByteArrayResource(files.get(file).bytes()) {
            @Override
            public String getFilename() {
                return "rest-" + file + ".csv";
            }
        });
        node.api().post().uri("/api/channels/{code}/imports", CHANNEL).contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload).retrieve().toBodilessEntity();
        return null;
    }

    private Void requestClassification(ApplicationNode node) {
        Map<?, ?> run = node.api().post().uri("/api/classification/runs").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("dryRun", false)).retrieve().body(Map.class);
        manualRuns.add(((Number) run.get("id")).longValue());
        return null;
    }

    /** Suspends the timer-start jobs of every version of the classification process, as an operator would. */
    private void suspendClassificationTimer() {
        List<?> definitions = nodeA.api().get()
                .uri("/engine-rest/job-definition?processDefinitionKey=customer-classification&jobType=timer-start-event")
                .retrieve().body(List.class);
        assertThat(definitions).isNotEmpty();
        for (Object definition : definitions) {
            nodeA.api().put().uri("/engine-rest/job-definition/{id}/suspended", ((Map<?, ?>) definition).get("id"))
                    .contentType(MediaType.APPLICATION_JSON).body(Map.of("suspended", true, "includeJobs", true))
                    .retrieve().toBodilessEntity();
        }
    }

    /**
     * File f: orders CL-(100 f) … CL-(100 f + 129), each always written the same way, so neighbouring files share 30
     * identical orders; and the conflict orders CX-0 … CX-2, whose lines differ between even and odd files (same total).
     */
    private OrderCsv file(int f) {
        OrderCsv csv = new OrderCsv();
        for (int n = f * FILE_STRIDE; n < f * FILE_STRIDE + ORDERS_PER_FILE; n++) {
            List<OrderCsv.Line> lines = new ArrayList<>();
            for (int l = 0; l <= n % 3; l++) {
                lines.add(OrderCsv.line("SKU-" + (n + l) % 17, 1 + (n + l) % 4, (10 + n % 90) + ".50", (n % 5) + ".00"));
            }
            if (n % HIGH_VALUE_EVERY == 5) {
                lines.add(OrderCsv.line("SKU-BIG", 1, HIGH_VALUE_PRICE, "0.00"));
            }
            csv.order("CL-" + n, orderedAt(n), buyers.get(n % BUYERS), "1.00", (n % 2 == 0 ? "0.00" : "8.00"),
                    lines.toArray(OrderCsv.Line[]::new));
        }
        for (int c = 0; c < CONFLICT_ORDERS; c++) {
            OrderCsv.Line[] lines = f % 2 == 0
                    ? new OrderCsv.Line[] {OrderCsv.line("SKU-X", 2, "50.00", "0.00")}
                    : new OrderCsv.Line[] {OrderCsv.line("SKU-X", 1, "50.00", "0.00"), OrderCsv.line("SKU-Y", 1, "50.00", "0.00")};
            csv.order("CX-" + c, orderedAt(c), buyers.get(c), "0.00", "0.00", lines);
        }
        return csv;
    }

    private static String orderedAt(int n) {
        return String.format("2024-05-%02d %02d:%02d:00", 1 + n % 28, n % 24, n % 60);
    }

    private ApplicationNode node(String nodeId, Map<String, String> database) throws IOException {
        Path shared = dir.resolve("shared").toAbsolutePath();
        // logs outside the temporary folder, so that a failed run can be read afterwards
        Path log = Path.of("target", "cluster", nodeId + ".log");
        Files.deleteIfExists(log);
        return ApplicationNode.of(nodeId, database, log, "384m", Map.ofEntries(
                Map.entry("tierflow.data-dir", dir.resolve(nodeId).toAbsolutePath().toString()),
                Map.entry("tierflow.intake.inbox-dir", shared.resolve("inbox").toString()),
                Map.entry("tierflow.intake.storage-dir", shared.resolve("files").toString()),
                Map.entry("tierflow.report.archive-dir", shared.resolve("reports").toString()),
                Map.entry("tierflow.intake.inbox-poll-interval", "300ms"),
                Map.entry("tierflow.intake.inbox-settle-time", "0s"),
                Map.entry("tierflow.intake.orders-per-chunk", "20"),
                Map.entry("tierflow.intake.max-upload-size", "1MB"),
                Map.entry("tierflow.report.poll-interval", "500ms"),
                Map.entry("tierflow.report.schedule-check-interval", "1s"),
                Map.entry("tierflow.classification.nightly-cron", "0/" + TIMER_SECONDS + " * * * * ?")));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
