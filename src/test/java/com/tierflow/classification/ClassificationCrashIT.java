package com.tierflow.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.tierflow.support.ApplicationNode;
import com.tierflow.support.Await;
import com.tierflow.support.GeneratedCustomers;
import com.tierflow.support.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The packaged application, as a real separate process, is killed with SIGKILL in the middle of a full classification
 * run over a large customer base (while the run waits to write its history, held there by the test) and started again:
 * the run is carried out again from the start and completes once, although the test holds it longer than the engine's
 * job lock, every customer with orders is classified exactly once, history
 * and tasks are not duplicated, and nothing stays running.
 */
class ClassificationCrashIT {

    private static final int CUSTOMERS = 30_000;
    private static final int ORDERS = 300_000;
    private static final String AS_OF = "2025-12-31";

    private static final Duration LOCK_TIME = Duration.ofSeconds(10);

    @TempDir Path dir;
    private ApplicationNode app;
    private SingleConnectionDataSource connection;

    @Test
    void shouldCompleteAClassificationRunWhoseNodeWasKilledMidRunExactlyOnce() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "The classification crash test generates its customer base with "
                + "PostgreSQL SQL, the production database; CrashRecoveryIT kills the application on H2 as well");
        Map<String, String> database = ApplicationNode.database(dir, ApplicationNode.postgresName("classification_crash"));
        // a job lock far shorter than the run: the heartbeat must keep it, or the engine would start the run again
        // while it runs, and again, and never finish
        app = ApplicationNode.of("classification-crash-node", database, dir.resolve("app.log"), "512m", Map.of(
                "tierflow.data-dir", dir.resolve("data").toAbsolutePath().toString(),
                "camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(LOCK_TIME.toMillis()),
                "tierflow.classification.heartbeat-interval", "2s")).start();
        connection = new SingleConnectionDataSource(database.get("url"), database.get("user"), "", true);
        JdbcTemplate db = new JdbcTemplate(connection);
        app.api().post().uri("/api/channels").contentType(MediaType.APPLICATION_JSON).body(Map.of(
                "code", "CLSCRASH", "name", "Classification crash test", "kind", "MARKETPLACE", "fileType", "CSV",
                "encoding", "UTF-8", "delimiter", ",", "dateTimeFormats", List.of("yyyy-MM-dd HH:mm:ss"),
                "timeZone", "Asia/Shanghai")).retrieve().toBodilessEntity();
        GeneratedCustomers.generate(db, db.queryForObject("select id from channel where code = 'CLSCRASH'", Long.class),
                CUSTOMERS, ORDERS);

        // the run is killed while it waits to write its history: mid-run, whatever the machine's speed
        Connection historyBlocked = blockHistoryWrites(database);
        long requested = System.nanoTime();
        long runId = ((Number) app.api().post().uri("/api/classification/runs").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("asOf", AS_OF, "dryRun", false)).retrieve().body(Map.class).get("id")).longValue();
        Await.until(() -> db.queryForObject("select status from classification_run where id = ?", String.class, runId),
                "RUNNING"::equals, Duration.ofMinutes(2));
        awaitRunWaitingForHistory(db);
        app.kill();
        double killedAfter = (System.nanoTime() - requested) / 1e9;
        historyBlocked.rollback();
        historyBlocked.close();
        // killed mid-run: still running, and nothing of it committed
        assertThat(db.queryForObject("select status from classification_run where id = ?", String.class, runId))
                .isEqualTo("RUNNING");
        assertThat(db.queryForObject("select count(*) from current_classification", Long.class)).isZero();
        assertThat(db.queryForObject("select count(*) from classification_history", Long.class)).isZero();
        assertThat(db.queryForObject("select count(*) from engagement_task", Long.class)).isZero();

        // the restarted attempt is held past the job lock, which only its heartbeat keeps
        historyBlocked = blockHistoryWrites(database);
        long restarted = System.nanoTime();
        app.start();
        awaitRunWaitingForHistory(db);
        Thread.sleep(LOCK_TIME.plusSeconds(3).toMillis());
        historyBlocked.rollback();
        historyBlocked.close();
        Map<String, Object> run = Await.until(() -> db.queryForMap("select * from classification_run where id = ?", runId),
                row -> List.of("COMPLETED", "FAILED").contains(row.get("status")), Duration.ofMinutes(5));
        double recoveredAfter = (System.nanoTime() - restarted) / 1e9;
        assertThat(run.get("status")).as("after the restart: %s", run).isEqualTo("COMPLETED");
        assertThat(app.linesInLog("Classification run " + runId + " was interrupted")).hasSize(1);
        double attemptSeconds = db.queryForObject("select extract(epoch from finished_at - started_at) from "
                + "classification_run where id = ?", Double.class, runId);
        assertThat(attemptSeconds).as("the completed attempt outlasted the job lock").isGreaterThan(LOCK_TIME.toSeconds());
        assertThat(app.linesInLog("OptimisticLockingException")).as("a second attempt while the first ran").isEmpty();
        assertThat(app.linesInLog("Classification run " + runId + " (")).as("attempts that finished").hasSize(1);

        // every customer with a counted order as of the date, classified once, by this run
        long customers = db.queryForObject("select count(distinct customer_id) from sales_order where status in "
                + "('COMPLETED', 'RETURNED') and ordered_at < timestamp with time zone '" + AS_OF + " 00:00:00+08' "
                + "+ interval '1 day'", Long.class);
        assertThat(customers).isGreaterThan(CUSTOMERS / 2);
        assertThat(((Number) run.get("customers")).longValue()).isEqualTo(customers);
        assertThat(db.queryForList("select distinct run_id from current_classification", Long.class)).containsExactly(runId);
        assertThat(db.queryForObject("select count(*) from current_classification", Long.class)).isEqualTo(customers);
        // a first classification changes tier, segment and stage once each, nothing twice
        assertThat(db.queryForObject("select count(*) from classification_history", Long.class)).isEqualTo(3 * customers);
        assertThat(db.queryForObject("select count(distinct customer_id || ':' || attribute) from classification_history",
                Long.class)).isEqualTo(3 * customers);
        assertThat(((Number) run.get("changes")).longValue()).isEqualTo(3 * customers);
        assertThat(db.queryForList("select run_id from classification_model", Long.class)).containsExactly(runId);
        // one task per recommended customer and purpose, up to the per-run limit, each with its process and user task
        long tasks = db.queryForObject("select count(*) from engagement_task", Long.class);
        assertThat(tasks).isPositive().isEqualTo(((Number) run.get("tasks_created")).longValue());
        assertThat(db.queryForObject("select count(distinct customer_id || ':' || purpose) from engagement_task",
                Long.class)).isEqualTo(tasks);
        assertThat(db.queryForObject("select count(*) from engagement_task t join current_classification c "
                + "on c.customer_id = t.customer_id and c.action = t.purpose", Long.class)).isEqualTo(tasks);
        assertThat(db.queryForObject("select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_ "
                + "where d.KEY_ = 'customer-engagement' and e.ID_ = e.PROC_INST_ID_", Long.class)).isEqualTo(tasks);
        assertThat(db.queryForObject("select count(*) from ACT_RU_TASK", Long.class)).isEqualTo(tasks);

        // nothing stuck: no run, process, job, batch execution or lock left behind
        assertThat(db.queryForObject("select count(*) from classification_run where status <> 'COMPLETED'", Long.class))
                .isZero();
        assertThat(db.queryForObject("select count(*) from ACT_RU_EXECUTION e join ACT_RE_PROCDEF d on d.ID_ = e.PROC_DEF_ID_ "
                + "where d.KEY_ = 'customer-classification'", Long.class)).isZero();
        assertThat(db.queryForObject("select count(*) from ACT_RU_JOB where LOCK_OWNER_ is not null or EXCEPTION_MSG_ "
                + "is not null", Long.class)).isZero();
        assertThat(db.queryForObject("select count(*) from ACT_RU_INCIDENT", Long.class)).isZero();
        assertThat(db.queryForObject("select count(*) from BATCH_JOB_EXECUTION where status in ('STARTING', 'STARTED', "
                + "'STOPPING')", Long.class)).isZero();
        new TransactionTemplate(new DataSourceTransactionManager(connection)).executeWithoutResult(status ->
                assertThat(db.queryForObject("select id from classification_lock for update nowait", Integer.class))
                        .as("the run lock is free").isEqualTo(1));
        assertThat(app.troubleInLog()).as("ERROR lines in %s", app.log()).isEmpty();
        System.out.printf("ClassificationCrashIT: %d customers, %d orders; killed %.1f s after the request, run completed "
                        + "%.1f s after the restart (the completed attempt took %.1f s); %d history rows, %d tasks%n",
                customers, ORDERS, killedAfter, recoveredAfter, attemptSeconds, 3 * customers, tasks);
    }

    /** Holds classification_history against writers (readers go on) until the connection rolls back. */
    private static Connection blockHistoryWrites(Map<String, String> database) throws SQLException {
        Connection holder = DriverManager.getConnection(database.get("url"), database.get("user"), "");
        holder.setAutoCommit(false);
        try (Statement lock = holder.createStatement()) {
            lock.execute("lock table classification_history in exclusive mode");
        }
        return holder;
    }

    private static void awaitRunWaitingForHistory(JdbcTemplate db) {
        Await.until(() -> db.queryForObject("select count(*) from pg_locks l join pg_class c on c.oid = l.relation "
                + "where c.relname = 'classification_history' and not l.granted", Long.class), n -> n > 0,
                Duration.ofMinutes(3));
    }

    @AfterEach
    void stopApplication() {
        if (app != null) {
            app.close();
        }
        if (connection != null) {
            connection.destroy();
        }
    }
}
