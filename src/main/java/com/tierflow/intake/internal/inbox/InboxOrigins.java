package com.tierflow.intake.internal.inbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Remembers where an inbox file was archived, so a failed import can move it on to the error folder. */
@Component
class InboxOrigins {

    private final JdbcTemplate jdbc;

    InboxOrigins(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void record(long importId, String archivedPath) {
        jdbc.update("update import_run set origin_path = ? where id = ?", archivedPath, importId);
    }
}
