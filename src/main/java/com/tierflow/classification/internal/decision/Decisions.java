package com.tierflow.classification.internal.decision;

/** Keys, variables and outputs of the decisions in bpmn/customer-tier.dmn and bpmn/customer-action.dmn. */
public final class Decisions {

    public static final String SEGMENT = "customer-segment";
    public static final String TIER = "customer-tier";
    public static final String ACTION = "customer-action";

    public static final String RECENCY_SCORE = "recencyScore";
    public static final String FREQUENCY_SCORE = "frequencyScore";
    public static final String MONETARY_SCORE = "monetaryScore";

    public static final String OUT_SEGMENT = "segment";
    public static final String OUT_TIER = "tier";
    public static final String OUT_ACTION = "action";
    public static final String OUT_REASON = "reason";

    public static final String CARE = "CARE";
    public static final String PROMOTE = "PROMOTE";

    private Decisions() {
    }
}
