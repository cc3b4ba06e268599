package com.tierflow.console.internal.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The dashboard's read side over audit, approval, engagement and classification tables, as the reports read them. */
@Mapper
interface DashboardQueries {

    /** Audit outcome of the orders received since then; orders without an audit result passed it cleanly. */
    List<Count> auditOutcomes(@Param("since") Instant since);

    /** Open approval, care and promotion tasks by how long they have been waiting. */
    List<TaskAges> openTaskAges(@Param("hourAgo") Instant hourAgo, @Param("dayAgo") Instant dayAgo,
            @Param("weekAgo") Instant weekAgo);

    List<Count> tiers();

    /** Customers whose lifecycle stage turned CHURNED, per classification day since then. */
    List<DayCount> newlyChurned(@Param("since") LocalDate since);

    record Count(String label, long n) {
    }

    record TaskAges(String kind, long underHour, long underDay, long underWeek, long older) {

        public long total() {
            return underHour + underDay + underWeek + older;
        }
    }

    record DayCount(LocalDate asOf, long n) {
    }
}
