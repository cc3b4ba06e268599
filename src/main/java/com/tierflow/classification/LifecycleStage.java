package com.tierflow.classification;

/** Where a customer stands in their relationship with the business. */
public enum LifecycleStage {
    NEW,
    ACTIVE,
    AT_RISK,
    CHURNED
}
