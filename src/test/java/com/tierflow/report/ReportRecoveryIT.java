package com.tierflow.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierflow.report.internal.persistence.ReportMapper;
import com.tierflow.report.internal.run.ReportArchive;
import com.tierflow.report.internal.run.ReportRecovery;
import com.tierflow.report.internal.run.ReportScheduler;
import com.tierflow.security.Roles;
import com.tierflow.shared.NodeIdentity;
import com.tierflow.support.Await;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.TestUsers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.web.client.HttpClientErrorException;

/** No report stays RUNNING after a crash, one node generates each report, one report per schedule due time. */
@IntegrationTest
class ReportRecoveryIT {

    private static final String PARAMETERS = "{\"from\":\"2023-01-01\",\"to\":\"2023-01-31\"}";

    @Autowired private ReportRecovery recovery;
    @Autowired private ReportArchive archive;
    @Autowired private ReportScheduler scheduler;
    @Autowired private ReportMapper mapper;
    @Autowired private ReportService reports;
    @Autowired private NodeIdentity node;
    @Autowired private JdbcTemplate jdbc;
    @Autowired private TestUsers users;

    @Test
    void shouldGenerateAgainAReportWhoseNodeStoppedSendingHeartbeats() throws Exception {
        long id = insertRunning("dead-node", Instant.now().minus(Duration.ofMinutes(10)), 1);
        Instant createdAt = jdbc.queryForObject("select created_at from report_run where id = ?", OffsetDateTime.class, id)
                .toInstant();
        String relative = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC).format(createdAt)
                + "/report-" + id + ".xlsx";
        Path leftover = archive.resolve(relative + ".dead-node-attempt.part");
        Files.createDirectories(leftover.getParent());
        Files.writeString(leftover, "half a workbook");

        recovery.recover(null);

        ReportRecord done = Await.until(() -> reports.get(id), r -> r.status().isFinished(), Duration.ofSeconds(60));
        assertThat(done.status()).isEqualTo(ReportStatus.COMPLETED);
        assertThat(done.attempts()).isEqualTo(2);
        assertThat(done.message()).contains("Interrupted when node dead-node stopped");
        assertThat(archive.resolve(relative)).isRegularFile();
        assertThat(leftover).doesNotExist();
        assertThat(users.api(Roles.MANAGER).get().uri("/api/reports/{id}/file", id).retrieve().body(byte[].class))
                .hasSize(done.sizeBytes().intValue());
    }

    @Test
    void shouldFailAReportInterruptedAsOftenAsItMayBe() {
        long id = insertRunning("dead-node", Instant.now().minus(Duration.ofMinutes(10)), 3);

        recovery.recover(null);

        ReportRecord failed = reports.get(id);
        assertThat(failed.status()).isEqualTo(ReportStatus.FAILED);
        assertThat(failed.message()).contains("Interrupted 3 times");
        assertThat(failed.finishedAt()).isNotNull();
        assertThatThrownBy(() -> users.api(Roles.MANAGER).get().uri("/api/reports/{id}/file", id).retrieve()
                .body(byte[].class)).isInstanceOf(HttpClientErrorException.Conflict.class);
    }

    @Test
    void shouldLeaveAReportAloneWhileItsNodeIsAlive() {
        long id = insertRunning("busy-node", Instant.now(), 1);

        recovery.recover(null);

        assertThat(reports.get(id).status()).isEqualTo(ReportStatus.RUNNING);
        jdbc.update("update report_run set status = 'FAILED' where id = ?", id);
    }

    @Test
    void shouldReleaseItsOwnRunningReportsWhenTheNodeStartsAgain() {
        long id = insertRunning(node.id(), Instant.now(), 1);

        recovery.recover(node.id());

        ReportRecord done = Await.until(() -> reports.get(id), r -> r.status().isFinished(), Duration.ofSeconds(60));
        assertThat(done.status()).isEqualTo(ReportStatus.COMPLETED);
        assertThat(done.attempts()).isEqualTo(2);
    }

    @Test
    void shouldLetExactlyOneNodeClaimAQueuedReport() throws Exception {
        long id = insert("QUEUED", null, null, 0);
        int nodes = 6;
        CyclicBarrier start = new CyclicBarrier(nodes);
        List<Callable<Integer>> claims = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            String nodeId = "claim-node-" + n;
            claims.add(() -> {
                start.await();
                return mapper.claimForRun(id, nodeId, Instant.now());
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        int won = 0;
        try {
            for (Future<Integer> claim : pool.invokeAll(claims)) {
                won += claim.get();
            }
        } finally {
            pool.shutdown();
        }
        // this node's own poller may have been quicker than all of them; either way exactly one claim counted
        assertThat(won).isLessThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select attempts from report_run where id = ?", Integer.class, id)).isEqualTo(1);
    }

    @Test
    void shouldQueueOneReportPerScheduleDueTimeHoweverManyNodesLook() throws Exception {
        String name = "daily imports " + UUID.randomUUID();
        ReportSchedule schedule = users.api(Roles.MANAGER).post().uri("/api/report-schedules")
                .body(Map.of("name", name, "kind", "imports", "period", "PREVIOUS_DAY", "cron", "0 0 6 * * *",
                        "timeZone", "Asia/Shanghai", "language", "en"))
                .retrieve().body(ReportSchedule.class);
        jdbc.update("update report_schedule set created_at = ? where id = ?",
                Timestamp.from(Instant.now().minus(Duration.ofDays(3))), schedule.id());

        int nodes = 4;
        CyclicBarrier start = new CyclicBarrier(nodes);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        List<Callable<List<Long>>> checks = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            checks.add(() -> {
                start.await();
                return scheduler.queueDue();
            });
        }
        try {
            for (Future<List<Long>> check : pool.invokeAll(checks)) {
                check.get();
            }
        } finally {
            pool.shutdown();
        }
        scheduler.queueDue();

        List<Long> queued = jdbc.queryForList("select id from report_run where schedule_id = ?", Long.class, schedule.id());
        assertThat(queued).hasSize(1);
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        ZonedDateTime now = ZonedDateTime.now(shanghai);
        LocalDate dueDay = now.getHour() >= 6 ? now.toLocalDate() : now.toLocalDate().minusDays(1);
        ReportRecord done = Await.until(() -> reports.get(queued.get(0)), r -> r.status().isFinished(), Duration.ofSeconds(60));
        assertThat(done.status()).isEqualTo(ReportStatus.COMPLETED);
        assertThat(done.parameters().from()).isEqualTo(dueDay.minusDays(1));
        assertThat(done.parameters().to()).isEqualTo(dueDay.minusDays(1));
        assertThat(done.requestedBy()).isEqualTo("schedule:" + name);
        assertThat(done.scheduleId()).isEqualTo(schedule.id());
        assertThat(done.contactsVisible()).isFalse();
        assertThat(users.api(Roles.MANAGER).get().uri("/api/report-schedules").retrieve().body(ReportSchedule[].class))
                .filteredOn(s -> s.id() == schedule.id()).singleElement()
                .satisfies(s -> assertThat(s.lastDueAt()).isEqualTo(dueDay.atTime(6, 0).atZone(shanghai).toInstant()));
    }

    @Test
    void shouldRefuseAScheduleWithoutAValidCron() {
        assertThatThrownBy(() -> users.api(Roles.MANAGER).post().uri("/api/report-schedules")
                .body(Map.of("name", "broken " + UUID.randomUUID(), "kind", "orders", "period", "PREVIOUS_DAY",
                        "cron", "every morning"))
                .retrieve().body(String.class))
                .isInstanceOfSatisfying(HttpClientErrorException.BadRequest.class,
                        e -> assertThat(e.getResponseBodyAsString()).contains("cron"));
        assertThatThrownBy(() -> users.api(Roles.CLERK).get().uri("/api/report-schedules").retrieve().body(String.class))
                .isInstanceOf(HttpClientErrorException.Forbidden.class);
    }

    private long insertRunning(String nodeId, Instant heartbeat, int attempts) {
        return insert("RUNNING", nodeId, heartbeat, attempts);
    }

    private long insert(String status, String nodeId, Instant heartbeat, int attempts) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Timestamp created = Timestamp.from(Instant.now().minus(Duration.ofMinutes(10)));
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    insert into report_run (kind, parameters, language, status, requested_by, contacts_visible, node_id,
                                            heartbeat_at, attempts, created_at, started_at)
                    values ('imports', ?, 'en', ?, 'recovery-it', false, ?, ?, ?, ?, ?)""", new String[] {"id"});
            statement.setString(1, PARAMETERS);
            statement.setString(2, status);
            statement.setString(3, nodeId);
            statement.setTimestamp(4, heartbeat == null ? null : Timestamp.from(heartbeat));
            statement.setInt(5, attempts);
            statement.setTimestamp(6, created);
            statement.setTimestamp(7, nodeId == null ? null : created);
            return statement;
        }, key);
        return key.getKey().longValue();
    }
}
