package com.tierflow.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tierflow.audit.ApprovalTask;
import com.tierflow.audit.OrderApprovals;
import com.tierflow.audit.TaskDecision;
import com.tierflow.audit.TaskFilter;
import com.tierflow.audit.TaskResult;
import com.tierflow.audit.TaskScope;
import com.tierflow.demo.FileFormat;
import com.tierflow.demo.GeneratedFile;
import com.tierflow.demo.GeneratorSpec;
import com.tierflow.demo.OrderFileGenerator;
import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelDraft;
import com.tierflow.intake.ChannelKind;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.FileType;
import com.tierflow.intake.ImportRecord;
import com.tierflow.intake.ImportService;
import com.tierflow.intake.ImportSource;
import com.tierflow.security.Roles;
import com.tierflow.support.Await;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;

/**
 * Suite "audit": the generated 1,000,000-line CSV through import and audit (the import job's auditOrders step)
 * against PostgreSQL COPY of the same file, as in suite "import"; then, with 10,000 open clerk reviews (orders placed
 * in 2010, outside the 10-year window the benchmarks use), the 95th percentile of inbox queries and one bulk approval
 * of 1,000 tasks.
 */
@SpringBootTest
@ContextConfiguration(initializers = BenchDatabaseInitializer.class)
class AuditBench {

    private static final long LINES = Long.getLong("bench.lines", 1_000_000);
    private static final int OPEN_TASKS = 10_000;
    private static final String CLERK = "bench-clerk";

    @Autowired ChannelService channels;
    @Autowired ImportService imports;
    @Autowired OrderApprovals approvals;
    @Autowired IdentityService identity;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataSource dataSource;
    @TempDir Path dir;

    @Test
    void auditSuite() throws Exception {
        assumeTrue(BenchReport.isSelected("audit"), "suite 'audit' not selected");
        BenchReport report = new BenchReport("audit");
        OrderFileGenerator generator = new OrderFileGenerator();

        GeneratedFile csv = generator.write(GeneratorSpec.csv("BENCHAUD", LINES, 42).withChineseHeaders(false),
                dir.resolve("orders.csv"));
        double copySeconds = CopyBaseline.seconds(csv.path(), LINES, jdbc, dataSource);
        Channel channel = channel("BENCHAUD");
        Timed pipeline = importFile(channel, csv);
        double pipelineSeconds = pipeline.seconds;
        Files.deleteIfExists(csv.path());
        double auditSeconds = lastAuditStepSeconds();
        Map<String, Long> outcomes = outcomes(pipeline.id);

        report.put("rows", csv.rows())
                .put("orders", csv.goodOrders())
                .put("copy_s", copySeconds)
                .put("copy_rows_per_s", csv.rows() / copySeconds)
                .put("pipeline_s", pipelineSeconds)
                .put("pipeline_rows_per_s", csv.rows() / pipelineSeconds)
                .put("pipeline_vs_copy", copySeconds / pipelineSeconds)
                .put("audit_s", auditSeconds)
                .put("audit_orders_per_s", csv.goodOrders() / auditSeconds)
                .put("audit_auto_approved", outcomes.get("approved"))
                .put("audit_sent_to_people", outcomes.get("people"))
                .put("audit_rejected", outcomes.get("rejected"));

        // the import's classification run would share the two cores with the floor's COPY
        awaitClassification();
        WriteFloor.Floor floor = WriteFloor.measure(WriteFloor.pipelineRows(pipeline.id), jdbc, dataSource, dir);
        report.put("pipeline_floor_rows", floor.rows())
                .put("pipeline_floor_s", floor.seconds())
                .put("pipeline_floor_vs_copy", copySeconds / floor.seconds());

        clerk();
        int open = openReviews(channel);
        report.put("open_review_tasks", open);
        // the imports' own classification runs would share the two cores with what is measured next
        awaitClassification();
        report.put("inbox_query_p95_ms", inboxP95Millis());
        report.put("bulk_approve_1000_s", bulkApprove1000());
        report.write();
    }

    private Timed importFile(Channel channel, GeneratedFile file) throws Exception {
        long start = System.nanoTime();
        ImportRecord submitted;
        try (InputStream in = Files.newInputStream(file.path())) {
            submitted = imports.submit(channel.code(), file.path().getFileName().toString(), in, ImportSource.UPLOAD, "bench");
        }
        ImportRecord done = Await.until(() -> imports.get(submitted.id()), r -> r.status().isFinished(),
                Duration.ofMinutes(40));
        double seconds = (System.nanoTime() - start) / 1e9;
        // a benchmark of a wrong result measures nothing: every order imported and audited
        assertThat(done.ordersImported()).isEqualTo(file.goodOrders());
        assertThat(jdbc.queryForObject("select count(*) from sales_order where import_id = ? and status = 'IMPORTED'",
                Long.class, done.id())).isZero();
        return new Timed(done.id(), seconds);
    }

    private void awaitClassification() {
        Await.until(() -> jdbc.queryForObject("select count(*) from classification_run where status in "
                + "('REQUESTED', 'RUNNING')", Long.class), n -> n == 0, Duration.ofMinutes(20));
    }

    private Map<String, Long> outcomes(long importId) {
        long approved = jdbc.queryForObject("select count(*) from sales_order where import_id = ? and status = 'APPROVED'",
                Long.class, importId);
        long people = jdbc.queryForObject("select count(*) from audit_result where import_id = ? and "
                + "process_instance_id is not null", Long.class, importId);
        long rejected = jdbc.queryForObject("select count(*) from sales_order where import_id = ? and status = 'REJECTED'",
                Long.class, importId);
        return Map.of("approved", approved, "people", people, "rejected", rejected);
    }

    private double lastAuditStepSeconds() {
        Map<String, Object> step = jdbc.queryForMap("select start_time, end_time from batch_step_execution "
                + "where step_name = 'auditOrders' order by step_execution_id desc limit 1");
        return (((Timestamp) step.get("end_time")).getTime() - ((Timestamp) step.get("start_time")).getTime()) / 1000.0;
    }

    /** Imports files of orders placed in 2010 until at least 10,000 clerk reviews are open. */
    private int openReviews(Channel channel) throws Exception {
        OrderFileGenerator generator = new OrderFileGenerator();
        int round = 0;
        while (openTasks() < OPEN_TASKS) {
            round++;
            long lines = Math.max(2_000, Math.round((OPEN_TASKS - openTasks()) * 1.8));
            GeneratedFile old = generator.write(new GeneratorSpec("OLD" + round, lines, 100 + round, 0.0, FileFormat.CSV,
                    StandardCharsets.UTF_8, false, ',', false, "yyyy-MM-dd HH:mm:ss", LocalDate.of(2010, 1, 1),
                    LocalDate.of(2010, 12, 31), 100_000), dir.resolve("old-" + round + ".csv"));
            importFile(channel, old);
        }
        return openTasks();
    }

    private int openTasks() {
        return jdbc.queryForObject("select count(*) from ACT_RU_TASK where TASK_DEF_KEY_ = 'reviewOrder'", Integer.class);
    }

    private double inboxP95Millis() {
        List<TaskFilter> filters = List.of(
                new TaskFilter(TaskScope.GROUP, null, null, null, null, null, null),
                new TaskFilter(TaskScope.ALL, null, "ORDER_TOO_OLD", null, null, null, null),
                new TaskFilter(TaskScope.ALL, "BENCHAUD", null, new BigDecimal("500"), null, null, null),
                new TaskFilter(TaskScope.GROUP, null, null, null, new BigDecimal("200"), Duration.ofSeconds(1), null));
        int[] pages = {0, 3, 40};
        for (int i = 0; i < 20; i++) {
            approvals.tasks(CLERK, filters.get(i % filters.size()), 0, 50);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            long start = System.nanoTime();
            approvals.tasks(CLERK, filters.get(i % filters.size()), pages[i % pages.length], 50);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
    }

    private double bulkApprove1000() {
        List<String> taskIds = approvals.tasks(CLERK, new TaskFilter(TaskScope.GROUP, null, null, null, null, null, null),
                0, 500).items().stream().map(ApprovalTask::taskId).collect(Collectors.toList());
        taskIds.addAll(approvals.tasks(CLERK, new TaskFilter(TaskScope.GROUP, null, null, null, null, null, null), 1, 500)
                .items().stream().map(ApprovalTask::taskId).toList());
        assertThat(taskIds).hasSize(1000);
        long start = System.nanoTime();
        List<TaskResult> results = approvals.decideAll(taskIds, TaskDecision.APPROVE, "bench", CLERK);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(results).allMatch(TaskResult::done, "every task approved");
        return seconds;
    }

    private void clerk() {
        if (identity.createUserQuery().userId(CLERK).count() == 0) {
            User user = identity.newUser(CLERK);
            user.setPassword("bench-Pa55word");
            identity.saveUser(user);
            identity.createMembership(CLERK, Roles.CLERK);
        }
    }

    private Channel channel(String code) {
        return channels.create(new ChannelDraft(code, code, ChannelKind.ONLINE_SHOP, true, FileType.CSV, "UTF-8", ",",
                List.of("yyyy-MM-dd HH:mm:ss"), "Asia/Shanghai", Map.of()));
    }

    private record Timed(long id, double seconds) {
    }
}
