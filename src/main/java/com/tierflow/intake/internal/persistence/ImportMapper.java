package com.tierflow.intake.internal.persistence;

import com.tierflow.intake.internal.read.RowProblem;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ImportMapper {

    void insert(ImportRow row);

    Optional<ImportRow> findById(long id);

    List<ImportRow> findRecent(@Param("channelId") Long channelId, @Param("limit") int limit);

    /** Inserts the content claim unless the same bytes were claimed before; 1 when this import won it. */
    int claimContent(@Param("channelId") long channelId, @Param("contentHash") String contentHash, @Param("importId") long importId);

    Optional<Long> findContentOwner(@Param("channelId") long channelId, @Param("contentHash") String contentHash);

    void markDuplicate(@Param("id") long id, @Param("duplicateOf") long duplicateOf, @Param("message") String message,
            @Param("now") Instant now);

    void recordOrigin(@Param("id") long id, @Param("originPath") String originPath);

    void releaseContent(@Param("importId") long importId);

    /** Takes a queued or interrupted import for this node; 1 when this node got it. */
    int claimForRun(@Param("id") long id, @Param("nodeId") String nodeId, @Param("now") Instant now);

    /** Takes over a running import whose node stopped sending heartbeats; 1 when this node got it. */
    int takeOverStale(@Param("id") long id, @Param("nodeId") String nodeId, @Param("now") Instant now,
            @Param("staleBefore") Instant staleBefore, @Param("ownNodeId") String ownNodeId);

    /** Imports nobody is working on: stale heartbeats, and (at start-up) those this node ran before it stopped. */
    List<Long> findRecoverable(@Param("staleBefore") Instant staleBefore, @Param("ownNodeId") String ownNodeId);

    int heartbeat(@Param("nodeId") String nodeId, @Param("now") Instant now);

    void markStarted(@Param("id") long id, @Param("now") Instant now);

    void addProgress(@Param("id") long id, @Param("rowsRead") long rowsRead, @Param("rowsSkipped") long rowsSkipped,
            @Param("now") Instant now);

    void addMergeCounts(@Param("id") long id, @Param("counts") MergeCounts counts, @Param("now") Instant now);

    /** Back to nothing read and nothing merged, for an import that starts over on another path. */
    void resetCounts(@Param("id") long id, @Param("now") Instant now);

    void finish(@Param("id") long id, @Param("status") String status, @Param("message") String message,
            @Param("now") Instant now);

    void insertProblems(@Param("importId") long importId, @Param("problems") List<RowProblem> problems);

    List<ProblemRow> findProblems(@Param("importId") long importId, @Param("offset") int offset, @Param("limit") int limit);

    void deleteProblems(long importId);
}
