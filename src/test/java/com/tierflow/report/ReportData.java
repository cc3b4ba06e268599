package com.tierflow.report;

import com.tierflow.support.OrderCsv;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Six months (January to June 2023) of orders of about forty customers in two channels, with categories, provinces and
 * contacts, written as channel CSV files for the real import. Some customer and product names are formula payloads.
 */
final class ReportData {

    static final List<String> PAYLOADS = List.of("=cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", "+1+1", "-2+3",
            "=HYPERLINK(\"http://evil.example\",\"x\")");
    static final String PAYLOAD_PRODUCT = "=cmd|' /C calc'!A0";
    private static final String HEADER = "订单号,下单时间,客户编号,客户姓名,手机号,邮箱,收货省份,收货城市,商品编码,商品名称,商品类目,"
            + "数量,单价,优惠金额,订单优惠,运费,订单总额";
    private static final String[] CATEGORIES = {"数码", "服饰", "食品", "美妆", "家居"};
    private static final String[][] REGIONS = {{"浙江省", "杭州市"}, {"浙江省", "宁波市"}, {"广东省", "深圳市"},
            {"江苏省", "南京市"}, {"上海市", "上海市"}};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final StringBuilder[] files = {new StringBuilder(HEADER + "\n"), new StringBuilder(HEADER + "\n")};
    private int orderCount;

    ReportData(String prefix, long seed) {
        Random random = new Random(seed);
        for (int c = 0; c < 40; c++) {
            String name = c < PAYLOADS.size() ? PAYLOADS.get(c) : "客户" + c;
            String phone = OrderCsv.newMobile();
            String email = c % 3 == 0 ? OrderCsv.newEmail("buyer") : "";
            String[] region = REGIONS[c % REGIONS.length];
            int firstMonth = random.nextInt(4);
            int orders = c == 5 ? 4 : 1 + random.nextInt(6);
            for (int o = 0; o < orders; o++) {
                int month = Math.min(5, firstMonth + (o == 0 ? 0 : random.nextInt(6 - firstMonth)));
                LocalDateTime at = LocalDateTime.of(2023, 1 + month, 1 + random.nextInt(28), random.nextInt(24), random.nextInt(60));
                // customer 5 spends a little early and a lot late: a sure case of rising spend
                boolean rising = c == 5;
                if (rising) {
                    at = LocalDateTime.of(2023, o % 2 == 0 ? 1 : 6, 10 + o, 12, 0);
                }
                int lines = 1 + random.nextInt(3);
                String orderNo = prefix + "-" + (++orderCount);
                String orderDiscount = random.nextInt(4) == 0 ? "5.00" : "0.00";
                String shipping = random.nextBoolean() ? "8.00" : "0.00";
                List<String[]> rows = new ArrayList<>();
                BigDecimal total = new BigDecimal(shipping).subtract(new BigDecimal(orderDiscount));
                for (int l = 0; l < lines; l++) {
                    String category = CATEGORIES[(c + l + random.nextInt(2)) % CATEGORIES.length];
                    int skuNo = random.nextInt(3);
                    String sku = "SKU-" + category.hashCode() % 100 + "-" + skuNo;
                    String product = skuNo == 2 && category.equals("食品") ? PAYLOAD_PRODUCT : category + "商品" + skuNo;
                    int quantity = 1 + random.nextInt(3);
                    BigDecimal price = rising && at.getMonthValue() == 6 ? new BigDecimal("500.00")
                            : new BigDecimal(10 + random.nextInt(290) + ".90");
                    String discount = random.nextInt(3) == 0 ? "1.00" : "0.00";
                    total = total.add(price.multiply(BigDecimal.valueOf(quantity))).subtract(new BigDecimal(discount));
                    rows.add(new String[] {orderNo, TIME.format(at), "C" + c, name, phone, email, region[0], region[1],
                            sku, product, category, Integer.toString(quantity), price.toPlainString(), discount,
                            orderDiscount, shipping, null});
                }
                StringBuilder file = files[random.nextInt(2)];
                for (String[] row : rows) {
                    row[16] = total.toPlainString();
                    file.append(csv(row)).append('\n');
                }
            }
        }
        // one bad row (quantity 0) in each file, so the imports report has a reason to show
        files[0].append(csv(new String[] {prefix + "-BAD-1", "2023-03-01 10:00:00", "CX", "坏行", OrderCsv.newMobile(), "",
                "浙江省", "杭州市", "SKU-X", "X", "数码", "0", "1.00", "0.00", "0.00", "0.00", "0.00"})).append('\n');
        files[1].append(csv(new String[] {prefix + "-BAD-2", "2023-03-01 10:00:00", "CY", "坏行", OrderCsv.newMobile(), "",
                "浙江省", "杭州市", "SKU-Y", "Y", "数码", "abc", "1.00", "0.00", "0.00", "0.00", "0.00"})).append('\n');
    }

    byte[] file(int channel) {
        return files[channel].toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String csv(String[] values) {
        List<String> cells = new ArrayList<>();
        for (String value : values) {
            String v = value == null ? "" : value;
            cells.add(v.contains(",") || v.contains("\"") ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        return String.join(",", cells);
    }
}
