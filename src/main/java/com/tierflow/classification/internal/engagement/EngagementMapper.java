package com.tierflow.classification.internal.engagement;

import com.tierflow.classification.EngagementTask;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface EngagementMapper {

    /** Customers a run recommends an action for, most valuable first. */
    List<Candidate> candidates(@Param("runId") long runId);

    boolean hasOpenOrRecent(@Param("customerId") long customerId, @Param("purpose") String purpose,
            @Param("closedAfter") Instant closedAfter);

    void insert(TaskRow task);

    void attachProcess(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    int close(@Param("id") long id, @Param("outcome") String outcome, @Param("note") String note,
            @Param("closedBy") String closedBy, @Param("closedAt") Instant closedAt);

    void recordEffect(@Param("id") long id, @Param("boughtAgain") boolean boughtAgain, @Param("checkedAt") Instant checkedAt);

    Optional<EngagementTask> find(@Param("id") long id);

    List<EngagementTask> openOf(@Param("customerId") long customerId);

    List<EngagementTask> openPage(@Param("purposes") Collection<String> purposes, @Param("limit") int limit,
            @Param("offset") long offset);

    long countOpen(@Param("purposes") Collection<String> purposes);

    List<EffectivenessRow> effectiveness();

    record Candidate(long customerId, String action, String actionReason) {
    }
}
