package com.tierflow.audit.internal;

import com.tierflow.order.OrderEvent;
import com.tierflow.order.OrderEventKind;
import com.tierflow.order.OrderLifecycle;
import com.tierflow.order.OrderStatus;
import com.tierflow.order.OrderTransition;
import com.tierflow.shared.ConflictException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An OrderLifecycle in memory that keeps the transition table, for process tests without a database of orders. */
class RecordingLifecycle implements OrderLifecycle {

    final Map<Long, OrderStatus> statuses = new HashMap<>();
    final List<OrderEvent> events = new ArrayList<>();

    void put(long orderId, OrderStatus status) {
        statuses.put(orderId, status);
    }

    List<OrderEvent> history(long orderId, OrderEventKind kind) {
        return events.stream().filter(e -> e.orderId() == orderId && e.kind() == kind).toList();
    }

    @Override
    public OrderTransition transition(long orderId, OrderStatus to, String actor, String reason) {
        return transition(orderId, to, actor, reason, null);
    }

    @Override
    public OrderTransition transition(long orderId, OrderStatus to, String actor, String reason, String details) {
        return transition(orderId, 0, to, actor, reason, details);
    }

    @Override
    public OrderTransition transition(long orderId, int expectedVersion, OrderStatus to, String actor, String reason,
            String details) {
        OrderStatus from = statuses.get(orderId);
        if (!from.mayMoveTo(to)) {
            throw new ConflictException("Order " + orderId + ": " + from + " cannot become " + to);
        }
        statuses.put(orderId, to);
        events.add(new OrderEvent(events.size() + 1, orderId, Instant.now(), actor, OrderEventKind.STATUS_CHANGED, from,
                to, reason, details));
        return new OrderTransition(orderId, from, to, 1);
    }

    @Override
    public int transitionAll(Collection<Long> orderIds, OrderStatus from, OrderStatus to, String actor, String reason,
            String details) {
        orderIds.forEach(id -> transition(id, to, actor, reason, details));
        return orderIds.size();
    }

    @Override
    public int transitionImportRange(long importId, long fromId, long toId, OrderStatus from, OrderStatus to,
            int expected, String actor, String reason, String details) {
        throw new UnsupportedOperationException("process tests have no imports");
    }

    @Override
    public void record(long orderId, OrderEventKind kind, String actor, String reason, String details) {
        events.add(new OrderEvent(events.size() + 1, orderId, Instant.now(), actor, kind, null, null, reason, details));
    }

    @Override
    public List<OrderEvent> history(long orderId) {
        return events.stream().filter(e -> e.orderId() == orderId).toList();
    }

    @Override
    public OrderTransition current(long orderId) {
        return new OrderTransition(orderId, statuses.get(orderId), statuses.get(orderId), 0);
    }
}
