package com.tierflow.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The packaged application (target/tierflow-*.jar) as a real separate JVM, for tests that kill it with SIGKILL or run
 * several nodes on one database. Each node has its own port, node id and log file; the caller chooses which folders
 * the nodes share through the extra properties.
 */
public final class ApplicationNode implements AutoCloseable {

    public static final String ADMIN_PASSWORD = "node-Admin-Pa55";

    // an ERROR line of the log pattern (timestamp, level), or a deadlock whatever its level; retried lock conflicts log less
    private static final Pattern TROUBLE = Pattern.compile("^\\S+\\s+ERROR\\b|deadlock", Pattern.CASE_INSENSITIVE);

    private final String nodeId;
    private final int port;
    private final Path log;
    private final List<String> command;
    private Process process;
    private long logMark;

    private ApplicationNode(String nodeId, int port, Path log, List<String> command) {
        this.nodeId = nodeId;
        this.port = port;
        this.log = log;
        this.command = command;
    }

    /**
     * A node that is not started yet.
     *
     * @param database url and user of the database (see {@link #database(Path, String)})
     * @param properties further application properties, e.g. tierflow.data-dir
     */
    public static ApplicationNode of(String nodeId, Map<String, String> database, Path log, String heap,
            Map<String, String> properties) {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap, "-jar", applicationJar().toString(),
                "--server.port=" + port,
                "--spring.datasource.url=" + database.get("url"),
                "--spring.datasource.username=" + database.get("user"),
                "--spring.datasource.password=",
                "--tierflow.node-id=" + nodeId,
                "--tierflow.security.admin.password=" + ADMIN_PASSWORD,
                // as TestApplicationInitializer: test files carry order times from 2024, which must not all go to a clerk
                "--tierflow.audit.max-order-age=3650d",
                "--tierflow.security.bcrypt-strength=4"));
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        return new ApplicationNode(nodeId, port, log, command);
    }

    /** The test's PostgreSQL database under this name (fresh), or an H2 file under the folder. */
    public static Map<String, String> database(Path dir, String postgresName) {
        if (TestDatabase.isPostgres()) {
            Map<String, String> pg = TestDatabase.freshPostgres(postgresName);
            return Map.of("url", pg.get("spring.datasource.url"), "user", pg.get("spring.datasource.username"));
        }
        return Map.of("url", "jdbc:h2:file:" + dir.resolve("db/tierflow").toAbsolutePath()
                + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=60000", "user", "sa");
    }

    /** A database name of this build's own, so that parallel builds with their own tierflow.it.db-name do not clash. */
    public static String postgresName(String suffix) {
        return System.getProperty("tierflow.it.db-name", "tierflow_it") + "_" + suffix;
    }

    /** Starts the JVM (appending to its log) without waiting for it. */
    public ApplicationNode launch() {
        try {
            Files.createDirectories(log.getParent());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the node answers its health check; fails at once if the JVM exits. */
    public ApplicationNode awaitUp(Duration timeout) {
        RestClient client = RestClient.builder().baseUrl(baseUrl()).build();
        Await.until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("Node " + nodeId + " exited; see " + log);
            }
            try {
                return client.get().uri("/actuator/health").retrieve().toBodilessEntity().getStatusCode().is2xxSuccessful();
            } catch (RuntimeException notYet) {
                return false;
            }
        }, up -> up, timeout);
        return this;
    }

    public ApplicationNode start() {
        return launch().awaitUp(Duration.ofMinutes(3));
    }

    /** SIGKILL: no shutdown hook, no last heartbeat, no rollback other than the database's own. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** A graceful stop (SIGTERM), waiting for the JVM to end. */
    public void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
        }
    }

    /** The API as the administrator. */
    public RestClient api() {
        return RestClient.builder().baseUrl(baseUrl()).requestFactory(new JdkClientHttpRequestFactory())
                .defaultHeaders(headers -> headers.setBasicAuth("admin", ADMIN_PASSWORD)).build();
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String id() {
        return nodeId;
    }

    public Path log() {
        return log;
    }

    /** From now on {@link #troubleInLog()} reads only what the node logs after this call. */
    public void markLog() {
        try {
            logMark = Files.size(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Log lines at ERROR level (an unhandled optimistic-locking failure ends there) or naming a deadlock. */
    public List<String> troubleInLog() {
        return linesInLog(line -> TROUBLE.matcher(line).find()).stream().limit(20).toList();
    }

    /** Log lines since {@link #markLog()} that contain the text. */
    public List<String> linesInLog(String text) {
        return linesInLog(line -> line.contains(text));
    }

    private List<String> linesInLog(Predicate<String> wanted) {
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(logMark);
            try (Stream<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()) {
                return lines.filter(wanted).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path applicationJar() {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("tierflow-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("run 'package' first: no application jar in target/"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
