package com.tierflow.report.internal.reports;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The engagement report's read-only queries over care and promotion tasks (SQL in EngagementQueries.xml, both
 * databases): tasks created in the window, of customers who ordered in the channels (ever), living in the provinces,
 * in the current tiers.
 */
@Mapper
public interface EngagementQueries {

    /**
     * @param groupKey an outcome, a tier or '' (by purpose only)
     * @param overdue  open past their due time at {@code now}
     * @param late     closed after their due time
     * @param checked  closed tasks whose effect window has been checked
     * @param bought   of those, the customer bought again within the window
     */
    record TaskCounts(String purpose, String groupKey, long created, long done, long open, long overdue, long late,
                      long checked, long bought) {
    }

    record MonthCounts(int idx, String purpose, long created, long done) {
    }

    record OverdueTask(long taskId, String purpose, String reason, long customerId, String name, String phone,
                       String email, String province, Instant createdAt, Instant dueAt) {
    }

    /** by: PURPOSE, OUTCOME or TIER. */
    List<TaskCounts> counts(@Param("w") Window window, @Param("now") Instant now, @Param("by") String by);

    List<MonthCounts> byMonth(@Param("w") Window window);

    List<OverdueTask> overdue(@Param("w") Window window, @Param("now") Instant now, @Param("limit") int limit);
}
