package com.tierflow.audit;

import com.tierflow.order.OrderStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * An open order-approval task with its order, customer and the audit's reasons, so a list answers "why is this order
 * waiting?" without opening each order.
 *
 * @param taskKey {@code reviewOrder} (clerks) or {@code approveAsManager} (managers)
 * @param assignee who claimed it; null while it is open to the group
 */
public record ApprovalTask(
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
        List<String> auditReasons) {

    public ApprovalTask {
        auditReasons = List.copyOf(auditReasons);
    }
}
