package com.tierflow.intake.internal.persistence;

import java.sql.DatabaseMetaData;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Decides how the merge meets the database. On PostgreSQL a whole import merges in one transaction of bulk hash
 * joins: the tables grow faster inside the transaction than the planner's estimates, and with stale estimates it
 * picks nested loops that rescan the staged rows once per order. H2 keeps its transactions short instead.
 */
@Component
public class BulkMergePlanner {

    private static final long POSTGRES_ROWS_PER_TRANSACTION = Long.MAX_VALUE;
    private static final long H2_ROWS_PER_TRANSACTION = 100_000;
    private static final List<String> MERGED_TABLES = List.of("import_line", "sales_order", "customer", "customer_identity");

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    BulkMergePlanner(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long rowsPerTransaction() {
        return isPostgres() ? POSTGRES_ROWS_PER_TRANSACTION : H2_ROWS_PER_TRANSACTION;
    }

    /** Called at the start of each merge transaction. */
    public void prepareTransaction() {
        if (!isPostgres()) {
            return;
        }
        // the staged rows and the tables they join have just grown: give the planner true sizes
        List<String> stale = jdbc.queryForList("""
                select relname from pg_stat_user_tables
                 where relname = any (?)
                   and n_mod_since_analyze > 1000 and n_mod_since_analyze > 0.2 * greatest(n_live_tup, 1)
                """, String.class, (Object) MERGED_TABLES.toArray(String[]::new));
        for (String table : stale) {
            jdbc.execute("analyze " + table);
        }
        jdbc.execute("set local enable_nestloop = off");
    }

    private boolean isPostgres() {
        if (postgres == null) {
            try {
                String product = JdbcUtils.extractDatabaseMetaData(jdbc.getDataSource(), DatabaseMetaData::getDatabaseProductName);
                postgres = "PostgreSQL".equals(product);
            } catch (Exception e) {
                postgres = false;
            }
        }
        return postgres;
    }
}
