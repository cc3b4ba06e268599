package com.tierflow.audit.internal;

import com.tierflow.audit.AuditOutcome;
import java.util.List;

/** The decision for one order: the most severe outcome of the rules that fired, their reasons and rule ids. */
record Verdict(AuditOutcome outcome, List<String> reasons, List<String> firedRules) {

    static final Verdict CLEAN = new Verdict(AuditOutcome.AUTO_APPROVE, List.of(), List.of());

    Verdict {
        reasons = List.copyOf(reasons);
        firedRules = List.copyOf(firedRules);
    }

    String reasonText() {
        return String.join(",", reasons);
    }
}
