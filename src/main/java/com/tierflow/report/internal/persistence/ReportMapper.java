package com.tierflow.report.internal.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ReportMapper {

    void insert(ReportRow row);

    Optional<ReportRow> findById(long id);

    List<ReportRow> findRecent(@Param("kind") String kind, @Param("limit") int limit);

    List<Long> findQueued(@Param("limit") int limit);

    /** QUEUED → RUNNING for this node; 1 when this node won the report. */
    int claimForRun(@Param("id") long id, @Param("nodeId") String nodeId, @Param("now") Instant now);

    void heartbeat(@Param("nodeId") String nodeId, @Param("now") Instant now);

    /** Progress of a report this node runs; 0 when the node lost it (taken over after a stale heartbeat). */
    int progress(@Param("id") long id, @Param("nodeId") String nodeId, @Param("progress") int progress,
            @Param("now") Instant now);

    int complete(@Param("id") long id, @Param("nodeId") String nodeId, @Param("fileName") String fileName,
            @Param("filePath") String filePath, @Param("sizeBytes") long sizeBytes, @Param("rowCount") long rowCount,
            @Param("now") Instant now);

    int fail(@Param("id") long id, @Param("nodeId") String nodeId, @Param("message") String message,
            @Param("now") Instant now);

    /** RUNNING reports whose node stopped sending heartbeats, or that this node ran before it restarted. */
    List<Long> findStale(@Param("staleBefore") Instant staleBefore, @Param("ownNodeId") String ownNodeId);

    /**
     * Puts a stale report back in the queue, or fails it once it has used up its attempts; 1 when this call did it.
     */
    int releaseStale(@Param("id") long id, @Param("staleBefore") Instant staleBefore,
            @Param("ownNodeId") String ownNodeId, @Param("maxAttempts") int maxAttempts, @Param("now") Instant now);

    void insertSchedule(ScheduleRow row);

    Optional<ScheduleRow> findSchedule(long id);

    List<ScheduleRow> findSchedules(@Param("enabledOnly") boolean enabledOnly);

    int setScheduleEnabled(@Param("id") long id, @Param("enabled") boolean enabled);

    /** Claims one due time of a schedule; 1 for the one node (of all) whose insert won. */
    int claimDue(@Param("scheduleId") long scheduleId, @Param("dueAt") Instant dueAt);

    void attachReport(@Param("scheduleId") long scheduleId, @Param("dueAt") Instant dueAt, @Param("reportId") long reportId);

    void recordDue(@Param("id") long id, @Param("dueAt") Instant dueAt);

    long countScheduleRuns(@Param("scheduleId") long scheduleId, @Param("dueAt") Instant dueAt);
}
