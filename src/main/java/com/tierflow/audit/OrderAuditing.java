package com.tierflow.audit;

import java.util.Optional;

/**
 * Audits imported orders with the deployed {@code order-audit} decision. Idempotent and restartable: only orders of
 * the import that are still IMPORTED are audited, so a call after a crash finishes what is left.
 */
public interface OrderAuditing {

    /**
     * Audits the next slice of the import's unaudited orders in the caller's transaction (one batch step run). After
     * the last slice, one more call waits until every approval process of the import has started and reports done.
     */
    AuditProgress auditNextSlice(long importId);

    /** Audits every unaudited order of the import, one transaction per slice. */
    AuditProgress auditImport(long importId);

    /** The audit of an order; empty if it has not been audited. */
    Optional<OrderAudit> find(long orderId);
}
