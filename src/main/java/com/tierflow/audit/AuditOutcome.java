package com.tierflow.audit;

import com.tierflow.order.OrderStatus;

/** What the audit decided for an order, from least to most severe; an order gets the most severe of its rules. */
public enum AuditOutcome {
    AUTO_APPROVE(OrderStatus.APPROVED),
    CLERK_REVIEW(OrderStatus.PENDING_REVIEW),
    // reviewed by a clerk first, then approved by a manager who is not that clerk (four eyes)
    MANAGER_APPROVAL(OrderStatus.PENDING_REVIEW),
    REJECT(OrderStatus.REJECTED);

    private final OrderStatus status;

    AuditOutcome(OrderStatus status) {
        this.status = status;
    }

    /** The status the audit moves an imported order to. */
    public OrderStatus status() {
        return status;
    }

    public boolean needsPeople() {
        return this == CLERK_REVIEW || this == MANAGER_APPROVAL;
    }

    public AuditOutcome mostSevere(AuditOutcome other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
