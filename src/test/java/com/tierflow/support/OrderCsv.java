package com.tierflow.support;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A channel file in the common Chinese CSV layout. Each order's declared total is computed here from its lines, so
 * a test can compare what Tierflow stored with arithmetic done independently of the importer.
 */
public final class OrderCsv {

    private static final String HEADER =
            "订单号,下单时间,客户编号,客户姓名,手机号,邮箱,收货省份,收货城市,商品编码,商品名称,数量,单价,优惠金额,订单优惠,运费,订单总额";
    // tests share one database per run, so every test's customers need numbers and addresses no other test uses
    private static final AtomicLong NEXT_MOBILE = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000, 80_000_000));
    private static final AtomicLong NEXT_EMAIL = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000_000L));

    private final List<Order> orders = new ArrayList<>();

    /** The buyer as this file names them; any field may be null (an empty cell). */
    public record Buyer(String customerId, String name, String phone, String email) {
    }

    public record Line(String sku, String productName, int quantity, BigDecimal unitPrice, BigDecimal discount) {

        public BigDecimal goods() {
            return unitPrice.multiply(BigDecimal.valueOf(quantity));
        }
    }

    /** @param orderedAt as written in the file: yyyy-MM-dd HH:mm:ss, channel time */
    public record Order(String orderNo, String orderedAt, Buyer buyer, BigDecimal orderDiscount, BigDecimal shippingFee,
                        List<Line> lines) {

        public BigDecimal goods() {
            return sum(lines, Line::goods);
        }

        public BigDecimal lineDiscount() {
            return sum(lines, Line::discount);
        }

        /** Σ(quantity × unit price − line discount) − order discount + shipping. */
        public BigDecimal total() {
            return goods().subtract(lineDiscount()).subtract(orderDiscount).add(shippingFee);
        }
    }

    public static String newMobile() {
        return "139" + NEXT_MOBILE.getAndIncrement();
    }

    public static String newEmail(String name) {
        return name + "." + NEXT_EMAIL.getAndIncrement() + "@example.cn";
    }

    public static Line line(String sku, int quantity, String unitPrice, String discount) {
        return new Line(sku, "商品" + sku, quantity, new BigDecimal(unitPrice), new BigDecimal(discount));
    }

    public OrderCsv order(String orderNo, String orderedAt, Buyer buyer, String orderDiscount, String shippingFee,
            Line... lines) {
        orders.add(new Order(orderNo, orderedAt, buyer, new BigDecimal(orderDiscount), new BigDecimal(shippingFee),
                List.of(lines)));
        return this;
    }

    public List<Order> orders() {
        return List.copyOf(orders);
    }

    public Order order(String orderNo) {
        return orders.stream().filter(o -> o.orderNo().equals(orderNo)).findFirst().orElseThrow();
    }

    public BigDecimal sum(Function<Order, BigDecimal> amount) {
        return sum(orders, amount);
    }

    public byte[] bytes() {
        Stream<String> rows = orders.stream().flatMap(order -> order.lines().stream().map(line -> row(order, line)));
        return Stream.concat(Stream.of(HEADER), rows).collect(Collectors.joining("\n", "", "\n"))
                .getBytes(StandardCharsets.UTF_8);
    }

    // order-level columns repeat on every line of the order, as channels export them
    private static String row(Order order, Line line) {
        Buyer buyer = order.buyer();
        return String.join(",", Arrays.stream(new Object[] {order.orderNo(), order.orderedAt(), buyer.customerId(),
                        buyer.name(), buyer.phone(), buyer.email(), "浙江省", "杭州市", line.sku(), line.productName(),
                        line.quantity(), line.unitPrice(), line.discount(), order.orderDiscount(), order.shippingFee(),
                        order.total()})
                .map(value -> value == null ? "" : value.toString())
                .toList());
    }

    private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
        return items.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
