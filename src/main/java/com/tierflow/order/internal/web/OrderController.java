package com.tierflow.order.internal.web;

import com.tierflow.order.OrderDetail;
import com.tierflow.order.OrderFilter;
import com.tierflow.order.OrderLifecycle;
import com.tierflow.order.OrderTransition;
import com.tierflow.order.OrderQueries;
import com.tierflow.order.OrderStatus;
import com.tierflow.order.OrderSummary;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Orders", description = "Imported orders with their lines and ledger entries")
class OrderController {

    private final OrderQueries orders;
    private final OrderLifecycle lifecycle;

    OrderController(OrderQueries orders, OrderLifecycle lifecycle) {
        this.orders = orders;
        this.lifecycle = lifecycle;
    }

    /** A status change asked for by a person; {@code version} is the one they saw, so a stale view is refused. */
    record StatusChange(@NotNull OrderStatus status, Integer version, @NotBlank String reason) {
    }

    @PostMapping("/api/orders/{id}/status")
    @Operation(summary = "Move an order to another status (managers)",
            description = "Only moves of the order lifecycle are allowed (e.g. APPROVED → RELEASED or CANCELLED); any "
                    + "other is refused with 409 and the moves that are possible. With 'version' the change is refused "
                    + "(409) if the order changed since it was read. The change and its reason go to the timeline.")
    OrderTransition changeStatus(@PathVariable long id, @Valid @RequestBody StatusChange change,
            Authentication user) {
        return change.version() == null
                ? lifecycle.transition(id, change.status(), user.getName(), change.reason())
                : lifecycle.transition(id, change.version(), change.status(), user.getName(), change.reason(), null);
    }

    @GetMapping("/api/orders")
    @Operation(summary = "Search orders, newest first",
            description = "Every filter is optional. 'from' is inclusive and 'to' exclusive (ISO-8601 instants, e.g. "
                    + "2024-03-01T00:00:00Z); the totals are inclusive; 'reason' matches text in any reason of the order's history (audit reasons, "
                    + "decisions, cancellations), any case. Pages count from 0 and hold at most 500 orders.")
    PageResult<OrderSummary> search(@RequestParam(required = false) String channel,
            @RequestParam(required = false) OrderStatus status,
            @RequestParam(required = false) Long customerId,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(required = false) BigDecimal minTotal,
            @RequestParam(required = false) BigDecimal maxTotal,
            @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return orders.search(new OrderFilter(channel, status, customerId, from, to, minTotal, maxTotal, reason), page,
                size);
    }

    @GetMapping("/api/orders/{id}")
    @Operation(summary = "An order with its lines, ledger entries and timeline (who did what, when and why)")
    OrderDetail get(@PathVariable long id) {
        return orders.find(id).orElseThrow(() -> new NotFoundException("There is no order with id " + id + "."));
    }

    @GetMapping("/api/channels/{code}/orders/{channelOrderNo}")
    @Operation(summary = "An order by the channel's own order number")
    OrderDetail getByChannelOrderNo(@PathVariable String code, @PathVariable String channelOrderNo) {
        return orders.findByChannelOrderNo(code, channelOrderNo).orElseThrow(() -> new NotFoundException(
                "Channel '" + code + "' has no order '" + channelOrderNo + "'."));
    }
}
