package com.tierflow.order;

import static com.tierflow.support.ChannelFiles.createChannel;
import static com.tierflow.support.ChannelFiles.importFile;
import static com.tierflow.support.OrderCsv.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.ImportService;
import com.tierflow.security.Roles;
import com.tierflow.shared.ConflictException;
import com.tierflow.support.IntegrationTest;
import com.tierflow.support.OrderCsv;
import com.tierflow.support.OrderCsv.Buyer;
import com.tierflow.support.TestUsers;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

@IntegrationTest
class OrderLifecycleIT {

    @Autowired
    private ChannelService channels;
    @Autowired
    private ImportService imports;
    @Autowired
    private OrderQueries orders;
    @Autowired
    private OrderLifecycle lifecycle;
    @Autowired
    private TestUsers users;

    @Test
    void shouldWalkAnOrderToCompletedAndShowEveryStepOnItsTimeline() {
        OrderDetail order = approved(importOrders("walk", "W-1").get(0));

        lifecycle.transition(order.id(), OrderStatus.RELEASED, "it-warehouse", "delivery batch 7");
        lifecycle.transition(order.id(), OrderStatus.SHIPPED, "it-warehouse", "SF1234567");
        lifecycle.record(order.id(), OrderEventKind.NOTE, "it-clerk", "customer asked for the invoice", null);
        OrderTransition done = lifecycle.transition(order.id(), OrderStatus.COMPLETED, "system", "7 days after shipping");

        OrderDetail completed = orders.find(order.id()).orElseThrow();
        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(completed.version()).isEqualTo(done.version()).isEqualTo(order.version() + 3);
        assertThat(completed.timeline()).extracting(OrderEvent::kind, OrderEvent::fromStatus, OrderEvent::toStatus,
                        OrderEvent::actor, OrderEvent::reason)
                .endsWith(tuple(OrderEventKind.STATUS_CHANGED, OrderStatus.APPROVED, OrderStatus.RELEASED,
                                "it-warehouse", "delivery batch 7"),
                        tuple(OrderEventKind.STATUS_CHANGED, OrderStatus.RELEASED, OrderStatus.SHIPPED,
                                "it-warehouse", "SF1234567"),
                        tuple(OrderEventKind.NOTE, null, null, "it-clerk", "customer asked for the invoice"),
                        tuple(OrderEventKind.STATUS_CHANGED, OrderStatus.SHIPPED, OrderStatus.COMPLETED, "system",
                                "7 days after shipping"));
    }

    @Test
    void shouldRefuseAnIllegalTransitionThroughTheApiAndChangeNothing() {
        OrderDetail order = approved(importOrders("illegal", "I-1").get(0));

        ResponseEntity<ProblemDetail> refused = users.api(Roles.MANAGER).post().uri("/api/orders/{id}/status", order.id())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", "COMPLETED", "reason", "skip shipping"))
                .exchange((request, response) -> ResponseEntity.status(response.getStatusCode())
                        .body(response.bodyTo(ProblemDetail.class)));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(refused.getBody().getDetail()).contains("APPROVED cannot become COMPLETED").contains("RELEASED");
        OrderDetail after = orders.find(order.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(OrderStatus.APPROVED);
        assertThat(after.version()).isEqualTo(order.version());
        assertThat(after.timeline()).hasSameSizeAs(order.timeline());
    }

    @Test
    void shouldLetAManagerChangeTheStatusThroughTheApiButNotAClerk() {
        OrderDetail order = approved(importOrders("api", "A-1").get(0));

        OrderTransition held = users.api(Roles.MANAGER).post().uri("/api/orders/{id}/status", order.id())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", "ON_HOLD", "reason", "address check", "version", order.version()))
                .retrieve().body(OrderTransition.class);
        HttpStatus clerk = users.api(Roles.CLERK).post().uri("/api/orders/{id}/status", order.id())
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("status", "APPROVED", "reason", "ok"))
                .exchange((request, response) -> HttpStatus.valueOf(response.getStatusCode().value()));

        assertThat(held.to()).isEqualTo(OrderStatus.ON_HOLD);
        assertThat(clerk).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(orders.find(order.id()).orElseThrow().timeline()).last()
                .extracting(OrderEvent::actor, OrderEvent::reason)
                .containsExactly(users.userOf(Roles.MANAGER), "address check");
    }

    @Test
    void shouldRefuseAChangeMadeOnAStaleVersion() {
        OrderDetail order = approved(importOrders("stale", "S-1").get(0));
        lifecycle.transition(order.id(), OrderStatus.ON_HOLD, "it-manager-1", "check");

        assertThatThrownBy(() -> lifecycle.transition(order.id(), order.version(), OrderStatus.RELEASED,
                "it-manager-2", "release", null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("changed by someone else");
        assertThat(orders.find(order.id()).orElseThrow().status()).isEqualTo(OrderStatus.ON_HOLD);
    }

    @Test
    void shouldMoveASetOfOrdersAllOrNothing() {
        List<OrderDetail> three = importOrders("bulk", "B-1", "B-2", "B-3").stream().map(this::approved).toList();
        lifecycle.transition(three.get(2).id(), OrderStatus.CANCELLED, "it-manager", "customer cancelled");
        List<Long> ids = three.stream().map(OrderDetail::id).toList();

        assertThatThrownBy(() -> lifecycle.transitionAll(ids, OrderStatus.APPROVED, OrderStatus.RELEASED, "it-batch",
                "batch 1", null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("1 of 3 orders are not APPROVED");
        assertThat(ids).allMatch(id -> orders.find(id).orElseThrow().status() != OrderStatus.RELEASED);

        int moved = lifecycle.transitionAll(ids.subList(0, 2), OrderStatus.APPROVED, OrderStatus.RELEASED, "it-batch",
                "batch 2", "{\"batch\":2}");
        assertThat(moved).isEqualTo(2);
        assertThat(ids.subList(0, 2)).allSatisfy(id -> assertThat(orders.find(id).orElseThrow().timeline()).last()
                .extracting(OrderEvent::fromStatus, OrderEvent::toStatus, OrderEvent::details)
                .containsExactly(OrderStatus.APPROVED, OrderStatus.RELEASED, "{\"batch\":2}"));
    }

    @Test
    void shouldMoveTheRestOfAnImportsIdRangeOnlyWhenItHoldsWhatTheCallerCounted() {
        List<OrderDetail> four = importOrders("range", "R-1", "R-2", "R-3", "R-4").stream().map(this::approved).toList();
        long importId = four.get(0).importId();
        long first = four.stream().mapToLong(OrderDetail::id).min().orElseThrow();
        long last = four.stream().mapToLong(OrderDetail::id).max().orElseThrow();
        lifecycle.transition(four.get(1).id(), OrderStatus.CANCELLED, "it-manager", "customer cancelled");

        assertThatThrownBy(() -> lifecycle.transitionImportRange(importId, first, last, OrderStatus.APPROVED,
                OrderStatus.RELEASED, 4, "it-batch", "all four", null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("has 3 orders APPROVED");
        assertThat(four).allMatch(order -> orders.find(order.id()).orElseThrow().status() != OrderStatus.RELEASED);

        int moved = lifecycle.transitionImportRange(importId, first, last, OrderStatus.APPROVED, OrderStatus.RELEASED, 3,
                "it-batch", "the rest", "{\"range\":true}");
        assertThat(moved).isEqualTo(3);
        assertThat(four).extracting(order -> orders.find(order.id()).orElseThrow().status()).containsExactly(
                OrderStatus.RELEASED, OrderStatus.CANCELLED, OrderStatus.RELEASED, OrderStatus.RELEASED);
        assertThat(orders.find(four.get(3).id()).orElseThrow().timeline()).last()
                .extracting(OrderEvent::actor, OrderEvent::fromStatus, OrderEvent::toStatus, OrderEvent::details)
                .containsExactly("it-batch", OrderStatus.APPROVED, OrderStatus.RELEASED, "{\"range\":true}");
    }

    /** The order as approved, whatever the import left it as. */
    private OrderDetail approved(OrderDetail order) {
        if (order.status() != OrderStatus.APPROVED) {
            lifecycle.transition(order.id(), OrderStatus.APPROVED, "it-clerk", "looks fine");
        }
        return orders.find(order.id()).orElseThrow();
    }

    private List<OrderDetail> importOrders(String prefix, String... orderNos) {
        Channel channel = createChannel(channels, prefix);
        OrderCsv file = new OrderCsv();
        String recently = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).minusHours(2)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
        for (String orderNo : orderNos) {
            file.order(orderNo, recently, new Buyer(null, "李雷", OrderCsv.newMobile(), null), "0.00", "8.00",
                    line("SKU-" + orderNo, 1, "59.00", "0.00"));
        }
        importFile(imports, channel, file);
        return List.of(orderNos).stream()
                .map(no -> orders.findByChannelOrderNo(channel.code(), no).orElseThrow()).toList();
    }
}
