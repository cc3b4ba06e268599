package com.tierflow.audit;

import java.time.Instant;
import java.util.List;

/**
 * Why an order is where it is after the audit ("why is this order waiting?").
 *
 * @param reasons     reason codes of the rules that fired, e.g. {@code PRICE_FAR_FROM_MEDIAN}; empty for a clean order
 * @param firedRules  ids of the decision table's rules that fired
 * @param decisionId  the decision definition (key:version:id) that decided
 * @param facts       the facts the decision saw, as JSON text; null for orders approved automatically
 */
public record OrderAudit(
        long orderId,
        AuditOutcome outcome,
        List<String> reasons,
        List<String> firedRules,
        String decisionId,
        Instant auditedAt,
        String facts) {

    public OrderAudit {
        reasons = List.copyOf(reasons);
        firedRules = List.copyOf(firedRules);
    }
}
