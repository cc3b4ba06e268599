package com.tierflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.demo.GeneratedFile;
import com.tierflow.demo.GeneratorSpec;
import com.tierflow.demo.OrderFileGenerator;
import com.tierflow.support.Await;
import com.tierflow.support.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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

    private static final String ADMIN_PASSWORD = "crash-Admin-Pa55";
    private static final long LINES = 200_000;

    @TempDir Path dir;
    private Process app;

    @Test
    void shouldImportEveryGoodRowExactlyOnceAfterTheNodeIsKilledMidFile() throws Exception {
        Map<String, String> database = database();
        GeneratedFile file = new OrderFileGenerator().write(GeneratorSpec.csv("CRASH", LINES, 77).withBadRowShare(0.01),
                dir.resolve("crash.csv"));
        int port = freePort();
        app = start(database, port);
        RestClient api = api(port);
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
        app.destroyForcibly().waitFor();
        assertThat(beforeKill.get("status")).isEqualTo("RUNNING");

        app = start(database, port);
        Map<?, ?> done = Await.until(() -> api(port).get().uri("/api/imports/{id}", importId).retrieve().body(Map.class),
                record -> record.get("status").toString().startsWith("COMPLETED"), Duration.ofMinutes(5));

        assertThat(((Number) done.get("rowsRead")).longValue()).isEqualTo(file.rows());
        assertThat(((Number) done.get("rowsImported")).longValue()).isEqualTo(file.goodRows());
        assertThat(((Number) done.get("ordersImported")).longValue()).isEqualTo(file.goodOrders());
        assertThat(((Number) done.get("rowsSkipped")).longValue()).isEqualTo(file.rows() - file.goodRows());
        app.destroy();
        app.waitFor();
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
        if (app != null && app.isAlive()) {
            app.destroyForcibly();
        }
    }

    private Map<String, String> database() {
        if (TestDatabase.isPostgres()) {
            Map<String, String> pg = TestDatabase.freshPostgres("tierflow_crash");
            return Map.of("url", pg.get("spring.datasource.url"), "user", pg.get("spring.datasource.username"));
        }
        return Map.of("url", "jdbc:h2:file:" + dir.resolve("db/tierflow").toAbsolutePath()
                + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=60000", "user", "sa");
    }

    private Process start(Map<String, String> database, int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-jar", applicationJar().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database.get("url"),
                "--spring.datasource.username=" + database.get("user"),
                "--spring.datasource.password=",
                "--tierflow.data-dir=" + dir.resolve("data").toAbsolutePath(),
                "--tierflow.node-id=crash-node",
                "--tierflow.audit.max-order-age=3650d",
                "--tierflow.security.admin.password=" + ADMIN_PASSWORD,
                "--camunda.bpm.job-execution.enabled=false"));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("app.log").toFile()))
                .start();
        RestClient client = RestClient.builder().baseUrl("http://localhost:" + port).build();
        Await.until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("The application exited; see " + dir.resolve("app.log"));
            }
            try {
                return client.get().uri("/actuator/health").retrieve().toBodilessEntity().getStatusCode().is2xxSuccessful();
            } catch (RuntimeException notYet) {
                return false;
            }
        }, up -> up, Duration.ofMinutes(2));
        return process;
    }

    private static RestClient api(int port) {
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultHeaders(headers -> headers.setBasicAuth("admin", ADMIN_PASSWORD)).build();
    }

    private static Path applicationJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("tierflow-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("run 'package' first: no application jar in target/"));
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static long count(Connection db, String sql) throws Exception {
        try (PreparedStatement statement = db.prepareStatement(sql); ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
