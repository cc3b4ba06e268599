package com.tierflow.order.internal;

import com.tierflow.order.OrderEvent;
import com.tierflow.order.OrderEventKind;
import com.tierflow.order.OrderLifecycle;
import com.tierflow.order.OrderStatus;
import com.tierflow.order.OrderTransition;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.RejectedRequestException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class OrderStateMachine implements OrderLifecycle {

    // PostgreSQL takes at most 32,767 parameters per statement; 5,000 ids keep the statements short as well
    static final int IDS_PER_STATEMENT = 5_000;

    private final LifecycleMapper lifecycle;
    private final Clock clock;

    OrderStateMachine(LifecycleMapper lifecycle, Clock clock) {
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    @Override
    public OrderTransition transition(long orderId, OrderStatus to, String actor, String reason) {
        return transition(orderId, to, actor, reason, null);
    }

    @Override
    public OrderTransition transition(long orderId, OrderStatus to, String actor, String reason, String details) {
        return transition(orderId, current(orderId).version(), to, actor, reason, details);
    }

    @Override
    public OrderTransition transition(long orderId, int expectedVersion, OrderStatus to, String actor, String reason,
            String details) {
        requireActor(actor);
        OrderTransition now = current(orderId);
        if (now.version() != expectedVersion) {
            throw changedMeanwhile(orderId);
        }
        OrderStatus from = now.to();
        refuseIllegal(orderId, from, to);
        if (lifecycle.updateStatus(orderId, expectedVersion, to) != 1) {
            throw changedMeanwhile(orderId);
        }
        lifecycle.insertEvent(orderId, clock.instant(), actor, OrderEventKind.STATUS_CHANGED, from, to, reason, details);
        return new OrderTransition(orderId, from, to, expectedVersion + 1);
    }

    @Override
    public int transitionAll(Collection<Long> orderIds, OrderStatus from, OrderStatus to, String actor, String reason,
            String details) {
        requireActor(actor);
        if (!from.mayMoveTo(to)) {
            throw new ConflictException(illegalMove(from, to));
        }
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(orderIds));
        var at = clock.instant();
        int moved = 0;
        for (int start = 0; start < distinct.size(); start += IDS_PER_STATEMENT) {
            List<Long> slice = distinct.subList(start, Math.min(distinct.size(), start + IDS_PER_STATEMENT));
            int recorded = lifecycle.insertTransitionEventsOfAll(slice, at, actor, from, to, reason, details);
            int updated = lifecycle.updateStatusOfAll(slice, from, to);
            if (recorded != slice.size() || updated != slice.size()) {
                // the caller's transaction rolls back: nothing of the set has moved
                throw new ConflictException((slice.size() - Math.min(recorded, updated)) + " of " + distinct.size()
                        + " orders are not " + from + " (anymore, or do not exist); none was moved to " + to + ".");
            }
            moved += updated;
        }
        return moved;
    }

    @Override
    public int transitionImportRange(long importId, long fromId, long toId, OrderStatus from, OrderStatus to,
            int expected, String actor, String reason, String details) {
        requireActor(actor);
        if (!from.mayMoveTo(to)) {
            throw new ConflictException(illegalMove(from, to));
        }
        int recorded = lifecycle.insertTransitionEventsOfImportRange(importId, fromId, toId, clock.instant(), actor, from,
                to, reason, details);
        int updated = lifecycle.updateStatusOfImportRange(importId, fromId, toId, from, to);
        if (recorded != expected || updated != expected) {
            // the caller's transaction rolls back: nothing of the range has moved
            throw new ConflictException("Import " + importId + " has " + Math.max(recorded, updated) + " orders " + from
                    + " between ids " + fromId + " and " + toId + ", not " + expected + "; none was moved to " + to + ".");
        }
        return updated;
    }

    @Override
    public void record(long orderId, OrderEventKind kind, String actor, String reason, String details) {
        requireActor(actor);
        if (kind == OrderEventKind.STATUS_CHANGED) {
            throw new IllegalArgumentException("A status change goes through transition(), which checks it.");
        }
        current(orderId);
        lifecycle.insertEvent(orderId, clock.instant(), actor, kind, null, null, reason, details);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OrderEvent> history(long orderId) {
        return lifecycle.findEvents(orderId);
    }

    @Override
    @Transactional(readOnly = true)
    public OrderTransition current(long orderId) {
        return lifecycle.findState(orderId)
                .map(state -> new OrderTransition(orderId, state.status(), state.status(), state.version()))
                .orElseThrow(() -> new NotFoundException("There is no order with id " + orderId + "."));
    }

    static void refuseIllegal(long orderId, OrderStatus from, OrderStatus to) {
        if (!from.mayMoveTo(to)) {
            throw new ConflictException("Order " + orderId + ": " + illegalMove(from, to));
        }
    }

    static String illegalMove(OrderStatus from, OrderStatus to) {
        if (from == to) {
            return "it is " + from + " already.";
        }
        return from.isFinal()
                ? "an order that is " + from + " cannot change any more (asked: " + to + ")."
                : "an order that is " + from + " cannot become " + to + "; it can become " + from.next() + ".";
    }

    private static ConflictException changedMeanwhile(long orderId) {
        return new ConflictException("Order " + orderId + " was changed by someone else meanwhile; reload it and try "
                + "again.");
    }

    private static void requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new RejectedRequestException("Every order change names who made it (actor).");
        }
    }
}
