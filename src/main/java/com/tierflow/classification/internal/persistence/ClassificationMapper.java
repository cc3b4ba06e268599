package com.tierflow.classification.internal.persistence;

import com.tierflow.classification.ClassificationChange;
import com.tierflow.classification.ClassificationRun;
import com.tierflow.classification.ClassifiedCustomer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * Classification's own tables, and set-based reads of orders: counted orders have one of {@code statuses} and were
 * placed before {@code asOfEnd}; with an {@code importId} only customers with an order in that import are read.
 */
@Mapper
public interface ClassificationMapper {

    List<MetricsRow> metrics(@Param("statuses") Collection<String> statuses, @Param("asOfEnd") OffsetDateTime asOfEnd,
            @Param("zone") String zone, @Param("importId") Long importId);

    List<CustomerValueRow> categories(@Param("statuses") Collection<String> statuses,
            @Param("asOfEnd") OffsetDateTime asOfEnd, @Param("importId") Long importId);

    List<CustomerValueRow> channels(@Param("statuses") Collection<String> statuses,
            @Param("asOfEnd") OffsetDateTime asOfEnd, @Param("importId") Long importId);

    /** Whether the customer placed a counted order in (from, to]. */
    boolean boughtBetween(@Param("customerId") long customerId, @Param("statuses") Collection<String> statuses,
            @Param("from") Instant from, @Param("to") Instant to);

    Optional<ModelRow> currentModel();

    Optional<ModelRow> findModel(@Param("id") long id);

    void insertModel(ModelRow model);

    void insertRun(RunRow run);

    Optional<RunRow> findRun(@Param("id") long id);

    List<RunRow> recentRuns(@Param("limit") int limit);

    int startRun(@Param("id") long id, @Param("at") Instant at, @Param("nodeId") String nodeId,
            @Param("processInstanceId") String processInstanceId);

    /** The run a process instance recorded already (a timer run whose job is retried). */
    Optional<RunRow> findRunOfProcess(@Param("processInstanceId") String processInstanceId);

    /** Runs the node started before the moment and is still running. */
    List<RunRow> runningOn(@Param("nodeId") String nodeId, @Param("before") Instant before);

    /** Back to REQUESTED, unless it was started again meanwhile. */
    int releaseRun(@Param("id") long id, @Param("nodeId") String nodeId, @Param("before") Instant before,
            @Param("message") String message);

    void finishRun(RunRow run);

    void failRun(@Param("id") long id, @Param("message") String message, @Param("at") Instant at);

    void recordTasksCreated(@Param("id") long id, @Param("tasksCreated") int tasksCreated);

    List<ClassificationRun.Change> runChanges(@Param("runId") long runId);

    Optional<ClassifiedCustomer> findCurrent(@Param("customerId") long customerId);

    /** Current rows of every customer with counted orders in the import, or of all customers without one. */
    List<ClassifiedCustomer> currentOf(@Param("importId") Long importId);

    List<String> tags(@Param("customerId") long customerId);

    List<ClassificationChange> history(@Param("customerId") long customerId);

    List<TagRuleRow> enabledTagRules();
}
