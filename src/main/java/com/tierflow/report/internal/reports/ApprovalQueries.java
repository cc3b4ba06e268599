package com.tierflow.report.internal.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.session.ResultHandler;

/**
 * The approvals report's read-only queries over the audit results and the orders' history (SQL in
 * ApprovalQueries.xml, both databases), for the orders placed in the window.
 */
@Mapper
public interface ApprovalQueries {

    /** outcome: an audit outcome, AUTO_APPROVE for orders that passed clean, NOT_AUDITED for those still waiting. */
    record Outcome(String channelCode, String outcome, long orders, BigDecimal amount) {
    }

    /** firedRules: the audit's comma-separated rule ids, as stored. */
    record FiredRules(String outcome, String firedRules, long orders) {
    }

    /** stage: AUDIT, CLERK or MANAGER: who rejected. */
    record Rejection(String stage, String reason, long orders) {
    }

    /** A status change or escalation of an order the audit handed to people, oldest first per order. */
    record ApprovalEvent(long orderId, String channelCode, Instant occurredAt, String actor, String kind,
                         String fromStatus, String toStatus) {
    }

    List<Outcome> outcomes(@Param("w") Window window);

    List<FiredRules> firedRules(@Param("w") Window window);

    List<Rejection> rejections(@Param("w") Window window);

    /** Streams the events (a cursor on PostgreSQL inside a transaction): many orders may have gone to people. */
    void approvalEvents(@Param("w") Window window, ResultHandler<ApprovalEvent> handler);
}
