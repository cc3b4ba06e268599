package com.tierflow.order;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an order stands; the importer creates every order as {@link #IMPORTED}. {@link #next()} is the transition
 * table: every status change goes through {@link OrderLifecycle}, which refuses any other move.
 */
public enum OrderStatus {
    IMPORTED,
    PENDING_REVIEW,
    PENDING_MANAGER,
    APPROVED,
    /** Approved but held back (bulk modification "hold"); released back to APPROVED or cancelled. */
    ON_HOLD,
    RELEASED,
    SHIPPED,
    COMPLETED,
    REJECTED,
    CANCELLED,
    RETURNED;

    /** The statuses an order in this status may move to; empty for the final ones. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case IMPORTED -> EnumSet.of(PENDING_REVIEW, PENDING_MANAGER, APPROVED, REJECTED, CANCELLED);
            case PENDING_REVIEW -> EnumSet.of(PENDING_MANAGER, APPROVED, REJECTED, CANCELLED);
            case PENDING_MANAGER -> EnumSet.of(APPROVED, REJECTED, CANCELLED);
            case APPROVED -> EnumSet.of(RELEASED, ON_HOLD, CANCELLED);
            case ON_HOLD -> EnumSet.of(APPROVED, CANCELLED);
            case RELEASED -> EnumSet.of(SHIPPED, APPROVED, CANCELLED);
            // a partial return keeps SHIPPED or COMPLETED and is an OrderEventKind.PARTIAL_RETURN entry
            case SHIPPED -> EnumSet.of(COMPLETED, RETURNED);
            case COMPLETED -> EnumSet.of(RETURNED);
            case REJECTED, CANCELLED, RETURNED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean mayMoveTo(OrderStatus to) {
        return next().contains(to);
    }

    public boolean isFinal() {
        return next().isEmpty();
    }
}
