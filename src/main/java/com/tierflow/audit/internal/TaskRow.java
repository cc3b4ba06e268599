package com.tierflow.audit.internal;

import com.tierflow.audit.ApprovalTask;
import com.tierflow.audit.AuditOutcome;
import com.tierflow.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

record TaskRow(
        String taskId,
        String taskKey,
        String taskName,
        String assignee,
        Instant createdAt,
        Instant dueAt,
        long orderId,
        String channelCode,
        String channelOrderNo,
        long customerId,
        String customerName,
        BigDecimal amount,
        Instant orderedAt,
        OrderStatus orderStatus,
        AuditOutcome auditOutcome,
        String auditReasons) {

    ApprovalTask toTask() {
        List<String> reasons = auditReasons == null || auditReasons.isEmpty() ? List.of()
                : Arrays.asList(auditReasons.split(","));
        return new ApprovalTask(taskId, taskKey, taskName, assignee, createdAt, dueAt, orderId, channelCode,
                channelOrderNo, customerId, customerName, amount, orderedAt, orderStatus, auditOutcome, reasons);
    }
}
