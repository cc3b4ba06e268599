package com.tierflow.delivery.internal;

import com.tierflow.audit.OrderApprovals;
import com.tierflow.delivery.ChangeAction;
import com.tierflow.delivery.ChangeResult;
import com.tierflow.delivery.OrderChange;
import com.tierflow.delivery.OrderChanges;
import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.order.OrderEventKind;
import com.tierflow.order.OrderLifecycle;
import com.tierflow.order.OrderStatus;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.RejectedRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class OrderChangeDesk implements OrderChanges {

    static final Map<String, List<String>> COLUMNS = Map.of(
            "order_no", List.of("订单号", "order number", "orderNo", "order no"),
            "action", List.of("操作", "动作", "action"),
            "reason", List.of("原因", "备注", "reason"),
            "line_no", List.of("行号", "line", "lineNo", "line no"),
            "quantity", List.of("数量", "退货数量", "qty", "quantity"),
            "province", List.of("收货省份", "省份", "province"),
            "city", List.of("收货城市", "城市", "city"),
            "address", List.of("收货地址", "地址", "address"));
    private static final Map<String, ChangeAction> CHINESE_ACTIONS = Map.of(
            "取消", ChangeAction.CANCEL, "暂停", ChangeAction.HOLD, "挂起", ChangeAction.HOLD,
            "释放", ChangeAction.RELEASE, "修改地址", ChangeAction.UPDATE_ADDRESS, "退货", ChangeAction.RETURN);
    // once released, the delivery file with the address is out at the warehouse
    private static final Set<OrderStatus> ADDRESS_CHANGEABLE = EnumSet.of(OrderStatus.IMPORTED,
            OrderStatus.PENDING_REVIEW, OrderStatus.PENDING_MANAGER, OrderStatus.APPROVED, OrderStatus.ON_HOLD);
    private static final Set<OrderStatus> AWAITING_APPROVAL = EnumSet.of(OrderStatus.IMPORTED,
            OrderStatus.PENDING_REVIEW, OrderStatus.PENDING_MANAGER);
    private static final int MAX_ENTRIES = 10_000;
    private static final Logger log = LoggerFactory.getLogger(OrderChangeDesk.class);

    private final DeliveryMapper mapper;
    private final ChannelService channels;
    private final OrderLifecycle lifecycle;
    private final OrderApprovals approvals;
    private final DeliverySettings settings;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    OrderChangeDesk(DeliveryMapper mapper, ChannelService channels, OrderLifecycle lifecycle, OrderApprovals approvals,
            DeliverySettings settings, Clock clock, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.channels = channels;
        this.lifecycle = lifecycle;
        this.approvals = approvals;
        this.settings = settings;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
    }

    @Override
    public List<ChangeResult> apply(String channelCode, List<OrderChange> changes, String actor) {
        long channelId = DeliveryDesk.channel(channels, channelCode).id();
        requireSize(changes.size());
        List<ChangeResult> results = new ArrayList<>();
        for (int i = 0; i < changes.size(); i++) {
            results.add(applyOne(channelId, i + 1L, changes.get(i), actor));
        }
        return results;
    }

    @Override
    public List<ChangeResult> applyFile(String channelCode, InputStream content, String actor) throws IOException {
        Channel channel = DeliveryDesk.channel(channels, channelCode);
        long channelId = channel.id();
        List<CsvTable.Row> rows = CsvTable.read(content.readAllBytes(), channel.profile().charset(),
                channel.profile().delimiter(), COLUMNS, List.of("order_no", "action"));
        requireSize(rows.size());
        List<ChangeResult> results = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            OrderChange change;
            try {
                change = changeOf(row);
            } catch (RejectedRequestException unreadable) {
                results.add(new ChangeResult(row.rowNumber(), row.get("order_no"), null, false, null, null, null,
                        unreadable.getMessage()));
                continue;
            }
            results.add(applyOne(channelId, row.rowNumber(), change, actor));
        }
        return results;
    }

    static OrderChange changeOf(CsvTable.Row row) {
        return new OrderChange(row.get("order_no"), actionOf(row.get("action")), row.get("reason"),
                number(row, "line_no"), number(row, "quantity"), row.get("province"), row.get("city"),
                row.get("address"));
    }

    static ChangeAction actionOf(String text) {
        if (text == null) {
            throw new RejectedRequestException("The action is missing; use one of " + List.of(ChangeAction.values())
                    + ".");
        }
        ChangeAction chinese = CHINESE_ACTIONS.get(text.strip());
        if (chinese != null) {
            return chinese;
        }
        try {
            return ChangeAction.valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException unknown) {
            throw new RejectedRequestException("Unknown action '" + text + "'; use one of "
                    + List.of(ChangeAction.values()) + " or " + CHINESE_ACTIONS.keySet() + ".");
        }
    }

    private static Integer number(CsvTable.Row row, String column) {
        String value = row.get(column);
        try {
            return value == null ? null : Integer.valueOf(value);
        } catch (NumberFormatException notANumber) {
            throw new RejectedRequestException("The " + column + " '" + value + "' is not a whole number.");
        }
    }

    private ChangeResult applyOne(long channelId, long entry, OrderChange change, String actor) {
        try {
            return ownTransaction.execute(status -> change(channelId, entry, change, actor));
        } catch (ConflictException | RejectedRequestException | NotFoundException refused) {
            return new ChangeResult(entry, change.orderNo(), change.action(), false, null, null, null,
                    refused.getMessage());
        } catch (RuntimeException fault) {
            log.warn("Order change {} of {} failed", entry, change.orderNo(), fault);
            return new ChangeResult(entry, change.orderNo(), change.action(), false, null, null, null,
                    "A technical fault stopped this change; nothing of it was applied. Try it again.");
        }
    }

    private ChangeResult change(long channelId, long entry, OrderChange change, String actor) {
        if (change.orderNo() == null || change.orderNo().isBlank() || change.action() == null) {
            throw new RejectedRequestException("Every change names the order number and the action.");
        }
        if (change.reason() == null || change.reason().isBlank()) {
            throw new RejectedRequestException("Every change says why (reason); it goes to the order's history.");
        }
        DeliveryMapper.OrderRef order = mapper.findOrder(channelId, change.orderNo().strip()).orElseThrow(
                () -> new NotFoundException("The channel has no order " + change.orderNo() + "."));
        String reason = change.reason().strip();
        String details = Json.of("bulkEntry", entry, "action", change.action().name());
        BigDecimal refund = null;
        OrderStatus after = switch (change.action()) {
            case CANCEL -> {
                if (AWAITING_APPROVAL.contains(order.status())) {
                    approvals.withdraw(order.id(), actor, reason);
                }
                OrderStatus to = lifecycle.transition(order.id(), order.version(), OrderStatus.CANCELLED, actor,
                        reason, details).to();
                refund = refundAll(order.id());
                yield to;
            }
            case HOLD -> lifecycle.transition(order.id(), order.version(), OrderStatus.ON_HOLD, actor, reason, details)
                    .to();
            case RELEASE -> {
                if (order.status() != OrderStatus.ON_HOLD) {
                    throw new ConflictException("Order " + change.orderNo() + " is " + order.status() + "; RELEASE "
                            + "lifts a hold (ON_HOLD → APPROVED). Delivery batches release approved orders.");
                }
                yield lifecycle.transition(order.id(), order.version(), OrderStatus.APPROVED, actor, reason, details)
                        .to();
            }
            case UPDATE_ADDRESS -> updateAddress(order, change, actor, reason);
            case RETURN -> {
                Returned returned = returnGoods(order, change, actor, reason, entry);
                refund = returned.refund();
                yield returned.status();
            }
        };
        return new ChangeResult(entry, change.orderNo(), change.action(), true, order.id(), after, refund, null);
    }

    private OrderStatus updateAddress(DeliveryMapper.OrderRef order, OrderChange change, String actor, String reason) {
        if (change.province() == null && change.city() == null && change.address() == null) {
            throw new RejectedRequestException("UPDATE_ADDRESS needs a province, a city or an address.");
        }
        if (!ADDRESS_CHANGEABLE.contains(order.status())) {
            throw new ConflictException("Order " + order.id() + " is " + order.status() + "; its address can change "
                    + "only before it is released to delivery.");
        }
        if (tooLong(change.province(), 60) || tooLong(change.city(), 60) || tooLong(change.address(), 500)) {
            throw new RejectedRequestException("Province and city have at most 60 characters, the address 500.");
        }
        if (mapper.updateAddress(order.id(), order.version(), change.province(), change.city(), change.address()) != 1) {
            throw new ConflictException("Order " + order.id() + " was changed by someone else meanwhile; try again.");
        }
        lifecycle.record(order.id(), OrderEventKind.NOTE, actor, "Address changed: " + reason, Json.of("change",
                "ADDRESS", "province", change.province(), "city", change.city(), "address", change.address()));
        return order.status();
    }

    private record Returned(OrderStatus status, BigDecimal refund) {
    }

    private Returned returnGoods(DeliveryMapper.OrderRef order, OrderChange change, String actor, String reason,
            long entry) {
        if (order.status() != OrderStatus.SHIPPED && order.status() != OrderStatus.COMPLETED) {
            throw new ConflictException("Order " + order.id() + " is " + order.status() + "; only shipped or completed "
                    + "orders take returns (cancel it instead).");
        }
        // the version bump serialises returns of one order: two at once cannot both take the same quantity
        if (mapper.touchOrder(order.id(), order.version()) != 1) {
            throw new ConflictException("Order " + order.id() + " was changed by someone else meanwhile; try again.");
        }
        List<ReturnPolicy.Line> lines = mapper.findLines(order.id()).stream()
                .map(l -> new ReturnPolicy.Line(l.lineNo(), l.quantity(), l.lineAmount(), l.returned())).toList();
        ReturnPolicy.Outcome outcome = ReturnPolicy.returning(lines, change.lineNo(), change.quantity(),
                mapper.ledgerBalance(order.id()));
        Instant now = clock.instant();
        GeneratedKey key = new GeneratedKey();
        mapper.insertReturn(key, order.id(), outcome.refund(), outcome.full(), now, actor, reason);
        outcome.quantities().forEach((lineNo, quantity) -> mapper.insertReturnLine(key.get(), order.id(), lineNo,
                quantity));
        BigDecimal booked = outcome.refund().negate();
        if (outcome.refund().signum() > 0) {
            mapper.insertRefund(order.id(), booked, now);
        }
        String details = Json.of("bulkEntry", entry, "return", key.get(), "lines", outcome.quantities(), "refund",
                booked);
        if (outcome.full()) {
            lifecycle.transition(order.id(), order.version() + 1, OrderStatus.RETURNED, actor, reason, details);
            return new Returned(OrderStatus.RETURNED, booked);
        }
        lifecycle.record(order.id(), OrderEventKind.PARTIAL_RETURN, actor, reason, details);
        // a partial return restarts the wait for further returns before the order completes
        mapper.postponeCompletion(order.id(), now.plus(settings.completeAfter()));
        return new Returned(order.status(), booked);
    }

    /** A cancelled order gives back whatever the customer paid and has not been refunded yet. */
    private BigDecimal refundAll(long orderId) {
        BigDecimal balance = mapper.ledgerBalance(orderId);
        if (balance.signum() <= 0) {
            return null;
        }
        mapper.insertRefund(orderId, balance.negate(), clock.instant());
        return balance.negate();
    }

    private static boolean tooLong(String value, int max) {
        return value != null && value.length() > max;
    }

    private static void requireSize(int entries) {
        if (entries == 0 || entries > MAX_ENTRIES) {
            throw new RejectedRequestException("A bulk modification holds 1 to " + MAX_ENTRIES + " entries; it has "
                    + entries + ".");
        }
    }
}
