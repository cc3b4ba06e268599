package com.tierflow.audit.internal;

import java.sql.DatabaseMetaData;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Gives PostgreSQL's planner true table sizes before the audit's facts query: an import has just added hundreds of
 * thousands of orders, and plans made on the old statistics turn index probes into nested scans.
 */
@Component
class FreshStatistics {

    private static final List<String> AUDITED_TABLES = List.of("sales_order", "order_line");

    private final JdbcTemplate jdbc;
    private volatile Boolean postgres;

    FreshStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void refreshIfStale() {
        if (!isPostgres()) {
            return;
        }
        List<String> stale = jdbc.queryForList("""
                select relname from pg_stat_user_tables
                 where relname = any (?)
                   and n_mod_since_analyze > 1000 and n_mod_since_analyze > 0.2 * greatest(n_live_tup, 1)
                """, String.class, (Object) AUDITED_TABLES.toArray(String[]::new));
        for (String table : stale) {
            jdbc.execute("analyze " + table);
        }
    }

    private boolean isPostgres() {
        if (postgres == null) {
            try {
                postgres = "PostgreSQL".equals(JdbcUtils.extractDatabaseMetaData(jdbc.getDataSource(),
                        DatabaseMetaData::getDatabaseProductName));
            } catch (Exception e) {
                postgres = false;
            }
        }
        return postgres;
    }
}
