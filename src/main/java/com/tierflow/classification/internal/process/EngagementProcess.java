package com.tierflow.classification.internal.process;

/** Key, element ids and variables of bpmn/customer-engagement.bpmn. */
public final class EngagementProcess {

    public static final String KEY = "customer-engagement";
    public static final String CARE_FOR_CUSTOMER = "careForCustomer";
    public static final String PROMOTE_TO_CUSTOMER = "promoteToCustomer";
    public static final String RECORD_OUTCOME = "recordOutcome";
    public static final String EFFECT_WINDOW_ELAPSED = "effectWindowElapsed";
    public static final String CHECK_EFFECT = "checkEffect";
    public static final String EFFECT_RECORDED = "effectRecorded";

    public static final String VAR_TASK_ID = "engagementTaskId";
    public static final String VAR_PURPOSE = "purpose";
    public static final String VAR_CUSTOMER_ID = "customerId";
    public static final String VAR_CUSTOMER_NAME = "customerName";
    public static final String VAR_REASON = "reason";
    public static final String VAR_DUE_DATE = "dueDate";
    public static final String VAR_EFFECT_WINDOW = "effectWindow";
    public static final String VAR_PROFILE = "customerProfile";
    public static final String VAR_OUTCOME = "outcome";
    public static final String VAR_NOTE = "note";
    public static final String VAR_CLOSED_BY = "closedBy";

    private EngagementProcess() {
    }
}
