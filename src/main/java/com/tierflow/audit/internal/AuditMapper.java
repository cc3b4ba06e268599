package com.tierflow.audit.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditMapper {

    Optional<AuditRun> findRun(@Param("importId") long importId);

    /** Locks the run row, so that two nodes never audit the same slice. */
    Optional<AuditRun> lockRun(@Param("importId") long importId);

    int insertRun(@Param("importId") long importId, @Param("now") Instant now);

    ImportSpan findSpan(@Param("importId") long importId);

    void insertSkuPrices(@Param("importId") long importId, @Param("since") Instant since);

    void insertSharedAddresses(@Param("importId") long importId, @Param("from") Instant from, @Param("to") Instant to);

    void insertSharedCoupons(@Param("importId") long importId);

    void insertOrderFlags(@Param("importId") long importId, @Param("duplicateMinutes") int duplicateMinutes);

    void markOrderFlags(@Param("importId") long importId, @Param("ready") boolean ready);

    void advanceRun(@Param("importId") long importId, @Param("nextOrderId") long nextOrderId,
            @Param("finishedAt") Instant finishedAt);

    List<AuditFacts> findFacts(@Param("importId") long importId, @Param("fromId") long fromId, @Param("toId") long toId);

    void insertResults(@Param("results") List<AuditResultRow> results);

    List<Long> claimPendingApprovals(@Param("importId") long importId, @Param("limit") int limit);

    List<ApprovalRequest> findApprovalRequests(@Param("orderIds") List<Long> orderIds);

    void attachProcess(@Param("orderId") long orderId, @Param("processInstanceId") String processInstanceId);

    long countPendingApprovals(@Param("importId") long importId);

    Optional<AuditResultRow> findResult(@Param("orderId") long orderId);

    void deleteSkuPrices(@Param("importId") long importId);

    void deleteSharedAddresses(@Param("importId") long importId);

    void deleteSharedCoupons(@Param("importId") long importId);

    void deleteOrderFlags(@Param("importId") long importId);
}
