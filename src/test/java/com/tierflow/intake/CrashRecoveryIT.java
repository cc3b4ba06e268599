package com.tierflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.demo.GeneratedFile;
import com.tierflow.demo.GeneratorSpec;
import com.tierflow.demo.OrderFileGenerator;
import com.tierflow.support.ApplicationNode;
import com.tierflow.support.Await;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * The packaged application, as a real separate process, is killed with SIGKILL in the middle of a large import
 * and started again: the import resumes by itself and every good row of the file ends up imported exactly once.
 */
class CrashRecoveryIT {

    private static final long LINES = 200_000;

    @TempDir Path dir;
    private ApplicationNode app;

    @Test
    void shouldImportEveryGoodRowExactlyOnceAfterTheNodeIsKilledMidFile() throws Exception {
        Map<String, String> database = ApplicationNode.database(dir, "tierflow_crash");
        GeneratedFile file = new OrderFileGenerator().write(GeneratorSpec.csv("CRASH", LINES, 77).withBadRowShare(0.01),
                dir.resolve("crash.csv"));
        app = node(database).start();
        RestClient api = app.api();
        api.post().uri("/api/channels").contentType(MediaType.APPLICATION_JSON).body(Map.of(
                "code", "CRASH", "name", "Crash test", "kind", "MARKETPLACE", "fileType", "CSV", "encoding", "UTF-8",
                "delimiter", ",", "dateTimeFormats", List.of("yyyy-MM-dd HH:mm:ss"), "timeZone", "Asia/Shanghai"))
                .retrieve().toBodilessEntity();
        MultiValueMap<String, Object> upload = new LinkedMultiValueMap<>();
        upload.add("file", new FileSystemResource(file.path()));
        long importId = ((Number) api.post().uri("/api/channels/CRASH/imports").contentType(MediaType.MULTIPART_FORM_DATA)
                .body(upload).retrieve().body(Map.class).get("id")).longValue();

        Map<?, ?> beforeKill = Await.until(() -> api.get().uri("/api/imports/{id}", importId).retrieve().body(Map.class),
                record -> ((Number) record.get("rowsRead")).longValue() >= LINES / 5, Duration.ofMinutes(3));
        app.kill();
        assertThat(beforeKill.get("status")).isEqualTo("RUNNING");

        app.start();
        Map<?, ?> done = Await.until(() -> app.api().get().uri("/api/imports/{id}", importId).retrieve().body(Map.class),
                record -> record.get("status").toString().startsWith("COMPLETED"), Duration.ofMinutes(5));

        assertThat(((Number) done.get("rowsRead")).longValue()).isEqualTo(file.rows());
        assertThat(((Number) done.get("rowsImported")).longValue()).isEqualTo(file.goodRows());
        assertThat(((Number) done.get("ordersImported")).longValue()).isEqualTo(file.goodOrders());
        assertThat(((Number) done.get("rowsSkipped")).longValue()).isEqualTo(file.rows() - file.goodRows());
        app.stop();
        try (Connection db = DriverManager.getConnection(database.get("url"), database.get("user"), "")) {
            assertThat(count(db, "select count(*) from sales_order")).isEqualTo(file.goodOrders());
            assertThat(count(db, "select count(*) from order_line")).isEqualTo(file.goodRows());
            assertThat(count(db, "select count(*) - count(distinct row_no) from import_error")).isZero();
            try (PreparedStatement sum = db.prepareStatement("select sum(amount) from ledger_entry");
                 ResultSet result = sum.executeQuery()) {
                result.next();
                assertThat(result.getBigDecimal(1)).isEqualByComparingTo(file.goodOrdersTotal());
            }
            assertThat(count(db, "select count(*) from import_run where status in ('RUNNING', 'QUEUED', 'INTERRUPTED')")).isZero();
            assertThat(count(db, "select count(*) from import_line")).isZero();
        }
    }

    @AfterEach
    void stopApplication() {
        if (app != null) {
            app.close();
        }
    }

    private ApplicationNode node(Map<String, String> database) {
        return ApplicationNode.of("crash-node", database, dir.resolve("app.log"), "512m", Map.of(
                "tierflow.data-dir", dir.resolve("data").toAbsolutePath().toString(),
                "camunda.bpm.job-execution.enabled", "false"));
    }

    private static long count(Connection db, String sql) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
