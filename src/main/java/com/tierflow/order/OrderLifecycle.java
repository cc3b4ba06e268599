package com.tierflow.order;

import java.util.Collection;
import java.util.List;

/**
 * Moves orders through their statuses along {@link OrderStatus#next()} and keeps their history. Every change bumps
 * {@code sales_order.version} (optimistic locking) and writes one {@link OrderEvent}; an illegal move, or an order
 * changed by someone else meanwhile, is refused with a ConflictException and changes nothing.
 */
public interface OrderLifecycle {

    /** Moves the order from whatever status it has now; refused if that status may not move to {@code to}. */
    OrderTransition transition(long orderId, OrderStatus to, String actor, String reason);

    /** As {@link #transition(long, OrderStatus, String, String)}, with machine-readable details (JSON text). */
    OrderTransition transition(long orderId, OrderStatus to, String actor, String reason, String details);

    /**
     * Moves the order only if it still has the version the caller saw (optimistic locking for clients that showed
     * the order to a person before the change).
     */
    OrderTransition transition(long orderId, int expectedVersion, OrderStatus to, String actor, String reason,
            String details);

    /**
     * Set-based: moves all these orders from {@code from} to {@code to} in the caller's transaction, one history entry
     * each. All or nothing: if any of them is not in {@code from} (anymore), nothing moves and a ConflictException
     * names how many. For large sets (the audit of an import); a few SQL statements per 5,000 orders.
     *
     * @return the number of orders moved (the number of distinct ids)
     */
    int transitionAll(Collection<Long> orderIds, OrderStatus from, OrderStatus to, String actor, String reason,
            String details);

    /**
     * Set-based over an id range of one import: moves every order of the import with an id from {@code fromId} to
     * {@code toId} that is still in {@code from} to {@code to}, one history entry each. For the audit, which moves a
     * slice's exceptions first and then approves the rest without naming each order. All or nothing: if the range
     * does not hold exactly {@code expected} such orders, nothing moves and a ConflictException says so.
     *
     * @return the number of orders moved ({@code expected})
     */
    int transitionImportRange(long importId, long fromId, long toId, OrderStatus from, OrderStatus to, int expected,
            String actor, String reason, String details);

    /** Adds an entry that does not change the status (a claim, a reminder, a note, a partial return). */
    void record(long orderId, OrderEventKind kind, String actor, String reason, String details);

    /** The order's history, oldest first. */
    List<OrderEvent> history(long orderId);

    /** The order's status and version now; NotFoundException if there is no such order. */
    OrderTransition current(long orderId);
}
