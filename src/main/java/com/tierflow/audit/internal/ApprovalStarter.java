package com.tierflow.audit.internal;

import static com.tierflow.audit.internal.OrderApprovalProcess.*;

import com.tierflow.audit.ApprovalSla;
import com.tierflow.audit.AuditOutcome;
import com.tierflow.audit.SlaSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** Starts one order-approval instance per order the audit could not approve, business key = order id. */
@Component
class ApprovalStarter {

    private final RuntimeService runtime;
    private final ApprovalSla settings;
    private final Clock clock;

    ApprovalStarter(RuntimeService runtime, ApprovalSla settings, Clock clock) {
        this.runtime = runtime;
        this.settings = settings;
        this.clock = clock;
    }

    /** @return the process instance id */
    String start(ApprovalRequest order) {
        SlaSettings sla = settings.current();
        Instant due = clock.instant().plus(sla.reviewSla());
        VariableMap variables = Variables.createVariables()
                .putValue(ORDER_ID, order.orderId())
                .putValue(CHANNEL_CODE, order.channelCode())
                .putValue(CHANNEL_ORDER_NO, order.channelOrderNo())
                .putValue(CUSTOMER_ID, order.customerId())
                .putValue(CUSTOMER_NAME, order.customerName())
                // a double, so that Tasklist forms and expressions can show and compare it
                .putValue(AMOUNT, order.totalAmount().doubleValue())
                .putValue(AUDIT_OUTCOME, order.outcome())
                .putValue(AUDIT_REASONS, order.reasons())
                .putValue(MANAGER_REQUIRED, AuditOutcome.MANAGER_APPROVAL.name().equals(order.outcome()))
                .putValue(REVIEW_DUE_DATE, Date.from(due))
                .putValue(REMINDER_DATE, Date.from(due.minus(sla.reminderBefore())));
        return runtime.startProcessInstanceByKey(KEY, Long.toString(order.orderId()), variables).getId();
    }
}
