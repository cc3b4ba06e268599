package com.tierflow.audit.internal;

/** Key, element ids and variable names of bpmn/order-approval.bpmn. */
final class OrderApprovalProcess {

    static final String KEY = "order-approval";

    static final String REVIEW_ORDER = "reviewOrder";
    static final String APPROVE_AS_MANAGER = "approveAsManager";
    static final String REMIND_REVIEWER = "remindReviewer";
    static final String REVIEW_OVERDUE = "reviewOverdue";
    static final String ESCALATE_OVERDUE_REVIEW = "escalateOverdueReview";
    static final String HAND_OVER_TO_MANAGER = "handOverToManager";
    static final String APPROVE_ORDER = "approveOrder";
    static final String REJECT_ORDER = "rejectOrder";
    static final String ORDER_APPROVED = "orderApproved";
    static final String ORDER_REJECTED = "orderRejected";

    static final String ORDER_ID = "orderId";
    static final String CHANNEL_CODE = "channelCode";
    static final String CHANNEL_ORDER_NO = "channelOrderNo";
    static final String CUSTOMER_ID = "customerId";
    static final String CUSTOMER_NAME = "customerName";
    static final String AMOUNT = "amount";
    static final String AUDIT_OUTCOME = "auditOutcome";
    static final String AUDIT_REASONS = "auditReasons";
    static final String MANAGER_REQUIRED = "managerRequired";
    static final String REVIEW_DUE_DATE = "reviewDueDate";
    static final String REMINDER_DATE = "reminderDate";
    /** APPROVE, REJECT or ESCALATE: what the clerk decided. */
    static final String REVIEW_DECISION = "reviewDecision";
    static final String REVIEW_REASON = "reviewReason";
    static final String REVIEWED_BY = "reviewedBy";
    /** APPROVE or REJECT: what the manager decided. */
    static final String MANAGER_DECISION = "managerDecision";
    static final String MANAGER_REASON = "managerReason";
    static final String APPROVED_BY = "approvedBy";

    private OrderApprovalProcess() {
    }
}
