package com.tierflow.audit;

/** What a clerk or manager decides on an approval task; only clerks escalate. REJECT and ESCALATE need a reason. */
public enum TaskDecision {
    APPROVE,
    REJECT,
    ESCALATE
}
