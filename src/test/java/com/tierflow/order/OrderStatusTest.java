package com.tierflow.order;

import static com.tierflow.order.OrderStatus.APPROVED;
import static com.tierflow.order.OrderStatus.CANCELLED;
import static com.tierflow.order.OrderStatus.COMPLETED;
import static com.tierflow.order.OrderStatus.IMPORTED;
import static com.tierflow.order.OrderStatus.PENDING_MANAGER;
import static com.tierflow.order.OrderStatus.PENDING_REVIEW;
import static com.tierflow.order.OrderStatus.REJECTED;
import static com.tierflow.order.OrderStatus.RELEASED;
import static com.tierflow.order.OrderStatus.RETURNED;
import static com.tierflow.order.OrderStatus.SHIPPED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrderStatusTest {

    @Test
    void shouldLetAnImportedOrderGoThroughReviewAndManagerToCompletion() {
        assertThat(IMPORTED.mayMoveTo(PENDING_REVIEW)).isTrue();
        assertThat(PENDING_REVIEW.mayMoveTo(PENDING_MANAGER)).isTrue();
        assertThat(PENDING_MANAGER.mayMoveTo(APPROVED)).isTrue();
        assertThat(APPROVED.mayMoveTo(RELEASED)).isTrue();
        assertThat(RELEASED.mayMoveTo(SHIPPED)).isTrue();
        assertThat(SHIPPED.mayMoveTo(COMPLETED)).isTrue();
        assertThat(COMPLETED.mayMoveTo(RETURNED)).isTrue();
    }

    @Test
    void shouldRefuseSkippingApprovalOrGoingBackwards() {
        assertThat(IMPORTED.mayMoveTo(RELEASED)).isFalse();
        assertThat(PENDING_REVIEW.mayMoveTo(SHIPPED)).isFalse();
        assertThat(SHIPPED.mayMoveTo(APPROVED)).isFalse();
        assertThat(COMPLETED.mayMoveTo(CANCELLED)).isFalse();
        assertThat(APPROVED.mayMoveTo(APPROVED)).isFalse();
    }

    @Test
    void shouldNeverLetAFinalOrderMove() {
        for (OrderStatus last : EnumSet.of(REJECTED, CANCELLED, RETURNED)) {
            assertThat(last.isFinal()).isTrue();
            assertThat(EnumSet.allOf(OrderStatus.class)).noneMatch(last::mayMoveTo);
        }
    }

    @Test
    void shouldReachEveryStatusFromImportedAndEndInAFinalOne() {
        Set<OrderStatus> reached = EnumSet.of(IMPORTED);
        ArrayDeque<OrderStatus> open = new ArrayDeque<>(reached);
        while (!open.isEmpty()) {
            for (OrderStatus next : open.pop().next()) {
                if (reached.add(next)) {
                    open.add(next);
                }
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(OrderStatus.values());
        assertThat(EnumSet.allOf(OrderStatus.class)).allMatch(s -> s.isFinal() || !s.next().contains(s));
    }
}
