package com.tierflow.audit.internal;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Keeps approval_task in step with the engine's tasks; called by the task listener in the engine's transaction. */
@Mapper
interface ApprovalInbox {

    void opened(@Param("taskId") String taskId, @Param("orderId") long orderId,
            @Param("processInstanceId") String processInstanceId, @Param("taskKey") String taskKey,
            @Param("taskName") String taskName, @Param("candidateGroup") String candidateGroup,
            @Param("createdAt") Instant createdAt, @Param("dueAt") Instant dueAt,
            @Param("auditOutcome") String auditOutcome, @Param("auditReasons") String auditReasons);

    void assigned(@Param("taskId") String taskId, @Param("assignee") String assignee);

    void closed(@Param("taskId") String taskId);
}
