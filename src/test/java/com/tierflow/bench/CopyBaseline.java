package com.tierflow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The yardstick of the import suites: PostgreSQL COPY of the same CSV into a plain table with the file's columns and
 * two indexes (order number and phone, the keys the import maintains).
 */
final class CopyBaseline {

    private CopyBaseline() {
    }

    /** @return seconds the COPY took */
    static double seconds(Path csv, long lines, JdbcTemplate jdbc, DataSource dataSource) throws Exception {
        jdbc.execute("drop table if exists bench_copy_baseline");
        jdbc.execute("""
                create table bench_copy_baseline (
                    order_no text, ordered_at text, customer_id text, customer_name text, phone text, email text,
                    province text, city text, address text, sku text, product_name text, category text, quantity text,
                    unit_price text, line_discount text, order_discount text, shipping_fee text, order_total text,
                    payment_method text, coupon_code text)""");
        jdbc.execute("create index bench_copy_order_no on bench_copy_baseline (order_no)");
        jdbc.execute("create index bench_copy_phone on bench_copy_baseline (phone)");
        List<String> header = List.of(Files.newBufferedReader(csv, StandardCharsets.UTF_8).readLine().split(","));
        String columns = String.join(", ", header);
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection(); Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy bench_copy_baseline (" + columns + ") from stdin with (format csv, header true)", reader);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(jdbc.queryForObject("select count(*) from bench_copy_baseline", Long.class)).isEqualTo(lines);
        jdbc.execute("drop table bench_copy_baseline");
        return seconds;
    }
}
