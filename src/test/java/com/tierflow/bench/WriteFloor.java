package com.tierflow.bench;

import java.io.BufferedWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The least time any import could take to write what an import wrote: the same rows, exported and loaded again by
 * COPY into empty tables with the same columns, constraints, indexes and the one foreign key the import's tables keep
 * on PostgreSQL (customer_identity to customer), one after the other on one connection as the baseline's COPY is.
 * {@code copy_s / floor_s} is the highest ratio against the baseline any importer writing these rows can reach on this
 * machine, before it has parsed, checked or looked up anything. The process engine's rows are not part of it.
 */
final class WriteFloor {

    private WriteFloor() {
    }

    /** The rows an import wrote into the order tables and the customer tables. */
    static Map<String, String> importRows(long importId) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("sales_order", "select * from sales_order where import_id = " + importId);
        rows.put("order_line", "select l.* from order_line l join sales_order o on o.id = l.order_id where o.import_id = "
                + importId);
        rows.put("ledger_entry", "select * from ledger_entry where import_id = " + importId);
        // the benchmark's database is fresh: every customer and key in it came with this import
        rows.put("customer", "select * from customer");
        rows.put("customer_identity", "select * from customer_identity");
        return rows;
    }

    /**
     * What the audit adds for the same import in Tierflow's tables: the orders' history entries and the exceptions'
     * audit results (not the process instances the engine writes for them).
     */
    static Map<String, String> pipelineRows(long importId) {
        Map<String, String> rows = importRows(importId);
        rows.put("order_event", "select e.* from order_event e join sales_order o on o.id = e.order_id where o.import_id = "
                + importId);
        rows.put("audit_result", "select * from audit_result where import_id = " + importId);
        return rows;
    }

    static Floor measure(Map<String, String> rowsByTable, JdbcTemplate jdbc, DataSource dataSource, Path dir)
            throws Exception {
        Map<String, Path> files = new LinkedHashMap<>();
        long rows = 0;
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, String> table : rowsByTable.entrySet()) {
                Path file = dir.resolve("floor-" + table.getKey() + ".txt");
                try (Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
                    rows += copy.copyOut("copy (" + table.getValue() + ") to stdout", out);
                }
                files.put(table.getKey(), file);
                jdbc.execute("drop table if exists floor_" + table.getKey());
                // like ... including all: defaults, not-null and check constraints, primary and unique keys, indexes
                jdbc.execute("create table floor_" + table.getKey() + " (like " + table.getKey() + " including all)");
            }
        }
        if (files.containsKey("customer_identity")) {
            jdbc.execute("alter table floor_customer_identity add foreign key (customer_id) references floor_customer (id)");
        }
        jdbc.execute("checkpoint");
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (Map.Entry<String, Path> table : files.entrySet()) {
                try (Reader in = Files.newBufferedReader(table.getValue(), StandardCharsets.UTF_8)) {
                    copy.copyIn("copy floor_" + table.getKey() + " from stdin", in);
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        for (Map.Entry<String, Path> table : files.entrySet()) {
            jdbc.execute("drop table floor_" + table.getKey() + " cascade");
            Files.delete(table.getValue());
        }
        return new Floor(rows, seconds);
    }

    record Floor(long rows, double seconds) {
    }
}
