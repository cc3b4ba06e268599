package com.tierflow.shared.auditlog;

public enum AuditOutcome {
    SUCCEEDED,
    FAILED,
    DENIED
}
