package com.tierflow.audit;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** Order files for audit tests: every order one line, with address and coupon, times relative to now. */
final class AuditCsv {

    static final ZoneId CHANNEL_ZONE = ZoneId.of("Asia/Shanghai");
    private static final String HEADER = "订单号,下单时间,客户编号,客户姓名,手机号,收货省份,收货城市,收货地址,商品编码,数量,单价,优惠金额,订单优惠,运费,订单总额,优惠券";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final AtomicLong NEXT_MOBILE = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000_000, 80_000_000));

    /** Unique per test run, so SKUs, addresses and coupons of different tests never meet in one shared database. */
    final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> rows = new ArrayList<>();

    static String newMobile() {
        return "137" + NEXT_MOBILE.getAndIncrement();
    }

    String address(String name) {
        return "西湖区" + name + "路" + run + "号";
    }

    String sku(String name) {
        return "SKU-" + name + "-" + run;
    }

    /** One order of one line; {@code minutesAgo} may be negative for orders in the future. */
    AuditCsv order(String orderNo, long minutesAgo, String phone, String address, String sku, int quantity, String unitPrice,
            String orderDiscount, String coupon) {
        BigDecimal goods = new BigDecimal(unitPrice).multiply(BigDecimal.valueOf(quantity));
        BigDecimal total = goods.subtract(new BigDecimal(orderDiscount));
        String at = LocalDateTime.now(CHANNEL_ZONE).minusMinutes(minutesAgo).format(TIME);
        rows.add(String.join(",", orderNo + "-" + run, at, "", "客户" + phone.substring(7), phone, "浙江省", "杭州市",
                address, sku, Integer.toString(quantity), unitPrice, "0.00", orderDiscount, "0.00", total.toPlainString(),
                coupon == null ? "" : coupon));
        return this;
    }

    /** A small order with nothing to worry about. */
    AuditCsv clean(String orderNo) {
        return order(orderNo, 60, newMobile(), address(orderNo), sku(orderNo), 1, "99.00", "0.00", null);
    }

    String orderNo(String orderNo) {
        return orderNo + "-" + run;
    }

    byte[] bytes() {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
