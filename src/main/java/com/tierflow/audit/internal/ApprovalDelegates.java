package com.tierflow.audit.internal;

import static com.tierflow.audit.internal.OrderApprovalProcess.*;

import com.tierflow.order.OrderEventKind;
import com.tierflow.order.OrderLifecycle;
import com.tierflow.order.OrderStatus;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service tasks of order-approval: each moves the order or records a step, with who and why. */
@Configuration(proxyBeanMethods = false)
class ApprovalDelegates {

    static final String SYSTEM = "system";

    @Bean
    JavaDelegate approveOrder(OrderLifecycle lifecycle) {
        return execution -> {
            boolean byManager = execution.getVariable(APPROVED_BY) != null;
            String actor = (String) execution.getVariable(byManager ? APPROVED_BY : REVIEWED_BY);
            String reason = text(execution, byManager ? MANAGER_REASON : REVIEW_REASON,
                    byManager ? "Approved by manager" : "Approved by clerk");
            lifecycle.transition(orderId(execution), OrderStatus.APPROVED, actor, reason);
        };
    }

    @Bean
    JavaDelegate rejectOrder(OrderLifecycle lifecycle) {
        return execution -> {
            boolean byManager = ApprovalRules.REJECT.equals(execution.getVariable(MANAGER_DECISION));
            String actor = (String) execution.getVariable(byManager ? APPROVED_BY : REVIEWED_BY);
            lifecycle.transition(orderId(execution), OrderStatus.REJECTED, actor,
                    (String) execution.getVariable(byManager ? MANAGER_REASON : REVIEW_REASON));
        };
    }

    /** Clerk escalated, clerk approved an order that needs a manager, or the review ran past its due date. */
    @Bean
    JavaDelegate handOverToManager(OrderLifecycle lifecycle) {
        return execution -> {
            long orderId = orderId(execution);
            if (ESCALATE_OVERDUE_REVIEW.equals(execution.getCurrentActivityId())) {
                Date due = (Date) execution.getVariable(REVIEW_DUE_DATE);
                lifecycle.record(orderId, OrderEventKind.ESCALATED, SYSTEM, "Review overdue since " + due.toInstant()
                        + "; handed to the managers", null);
                lifecycle.transition(orderId, OrderStatus.PENDING_MANAGER, SYSTEM, "Review overdue");
                return;
            }
            String reviewer = (String) execution.getVariable(REVIEWED_BY);
            if (ApprovalRules.ESCALATE.equals(execution.getVariable(REVIEW_DECISION))) {
                String why = (String) execution.getVariable(REVIEW_REASON);
                lifecycle.record(orderId, OrderEventKind.ESCALATED, reviewer, why, null);
                lifecycle.transition(orderId, OrderStatus.PENDING_MANAGER, reviewer, "Escalated: " + why);
            } else {
                lifecycle.transition(orderId, OrderStatus.PENDING_MANAGER, reviewer, "Reviewed; needs a manager's "
                        + "approval (" + execution.getVariable(AUDIT_REASONS) + ")");
            }
        };
    }

    @Bean
    JavaDelegate recordReminder(OrderLifecycle lifecycle) {
        return execution -> {
            Date due = (Date) execution.getVariable(REVIEW_DUE_DATE);
            lifecycle.record(orderId(execution), OrderEventKind.REMINDER_SENT, SYSTEM,
                    "Reminder: the review is due at " + due.toInstant(), null);
        };
    }

    private static long orderId(DelegateExecution execution) {
        return ((Number) execution.getVariable(ORDER_ID)).longValue();
    }

    private static String text(DelegateExecution execution, String variable, String otherwise) {
        Object value = execution.getVariable(variable);
        return value instanceof String text && !text.isBlank() ? text : otherwise;
    }
}
