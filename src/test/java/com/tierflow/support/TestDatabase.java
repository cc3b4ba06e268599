package com.tierflow.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * The database one test JVM runs against: a fresh PostgreSQL database on the local server (the default), or a
 * fresh embedded H2 file, chosen by the system property {@code tierflow.it.database} (postgresql | h2).
 */
public final class TestDatabase {

    private static final String PG_SERVER = System.getProperty("tierflow.it.pg-server",
            System.getenv().getOrDefault("TIERFLOW_IT_PG_SERVER", "jdbc:postgresql://127.0.0.1:5432/"));
    private static final String PG_USER = System.getenv().getOrDefault("TIERFLOW_IT_PG_USER", "postgres");
    private static final String PG_PASSWORD = System.getenv().getOrDefault("TIERFLOW_IT_PG_PASSWORD", "");
    private static final String RUN_ID = UUID.randomUUID().toString().substring(0, 8);

    private static Map<String, String> properties;

    private TestDatabase() {
    }

    public static String kind() {
        return System.getProperty("tierflow.it.database", "postgresql");
    }

    public static boolean isPostgres() {
        return "postgresql".equals(kind());
    }

    /** Spring properties pointing at this JVM's database, created on first use. */
    public static synchronized Map<String, String> properties() {
        if (properties == null) {
            properties = isPostgres() ? createPostgres(System.getProperty("tierflow.it.db-name", "tierflow_it")) : h2();
        }
        return properties;
    }

    /** A further fresh PostgreSQL database, for tests that need one of their own (benchmarks, cluster tests). */
    public static Map<String, String> freshPostgres(String name) {
        return createPostgres(name);
    }

    private static Map<String, String> createPostgres(String name) {
        try (Connection admin = DriverManager.getConnection(PG_SERVER + "postgres", PG_USER, PG_PASSWORD);
             Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("The integration tests need the local PostgreSQL at " + PG_SERVER
                    + " (start it, or run with -Dtierflow.it.database=h2): " + e.getMessage(), e);
        }
        return Map.of(
                "spring.datasource.url", PG_SERVER + name + "?reWriteBatchedInserts=true",
                "spring.datasource.username", PG_USER,
                "spring.datasource.password", PG_PASSWORD);
    }

    private static Map<String, String> h2() {
        Path file = Path.of("target", "it-h2", RUN_ID, "tierflow").toAbsolutePath();
        return Map.of(
                "spring.datasource.url", "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=60000",
                "spring.datasource.username", "sa",
                "spring.datasource.password", "");
    }

    public static String runId() {
        return RUN_ID;
    }
}
