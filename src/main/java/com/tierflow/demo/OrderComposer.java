package com.tierflow.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/** Makes up plausible orders: who buys what, when, how many, and what it costs to the cent. */
final class OrderComposer {

    static final int MAX_LINES_PER_ORDER = 5;

    /** Orders of 1..5 lines, in percent: most orders have one or two lines. */
    private static final int[] LINE_COUNT_PERCENT = {55, 28, 10, 5, 2};
    /** Quantities 1..5 in percent; the remaining 2% are bulk buys of 6..10. */
    private static final int[] QUANTITY_PERCENT = {60, 20, 10, 5, 3};
    /** Relative number of orders per hour of the day: quiet at night, busiest in the evening. */
    private static final int[] HOUR_WEIGHTS = {
            3, 2, 1, 1, 1, 1, 2, 4, 6, 7, 8, 8, 9, 8, 7, 7, 7, 8, 9, 11, 14, 15, 13, 7};
    private static final String[] PAYMENT_METHODS = {"支付宝", "微信支付", "银行卡", "货到付款"};
    private static final int[] PAYMENT_PERCENT = {45, 40, 10, 5};
    private static final String[] COUPON_CODES = {"NEW10", "VIP20", "SPRING5", "DOUBLE11", "FREESHIP"};
    private static final int[] ORDER_DISCOUNTS = {5, 10, 20};
    private static final int[] SHIPPING_FEES = {0, 6, 8, 10, 12};
    private static final BigDecimal FREE_SHIPPING_FROM = new BigDecimal("99.00");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final String ZERO_MONEY = "0.00";
    private static final BigDecimal[] WHOLE_YUAN = new BigDecimal[21];

    static {
        for (int yuan = 0; yuan < WHOLE_YUAN.length; yuan++) {
            WHOLE_YUAN[yuan] = BigDecimal.valueOf(yuan * 100L, 2);
        }
    }

    /**
     * How many lines the order of a randomly chosen row has on average: E[n²]/E[n] over the line counts,
     * larger than the mean order size because big orders hold more of the rows.
     */
    static final double MEAN_LINES_OF_ORDER_HOLDING_A_ROW = meanLinesOfOrderHoldingARow();

    private final String channelCode;
    private final SplittableRandom random;
    private final CustomerPool customers;
    private final ProductCatalog catalog;
    private final DateTimeFormatter orderTimeFormat;
    private final int hourWeightTotal;
    private final StringBuilder text = new StringBuilder(32);

    OrderComposer(GeneratorSpec spec, SplittableRandom random, CustomerPool customers, ProductCatalog catalog) {
        this.channelCode = spec.channelCode();
        this.random = random;
        this.customers = customers;
        this.catalog = catalog;
        this.orderTimeFormat = DateTimeFormatter.ofPattern(spec.dateTimePattern());
        int total = 0;
        for (int weight : HOUR_WEIGHTS) {
            total += weight;
        }
        this.hourWeightTotal = total;
    }

    /** Fills {@code order}: number {@code sequence}, placed on {@code day}, at most {@code maxLines} lines. */
    void compose(long sequence, int maxLines, LocalDate day, DraftOrder order) {
        order.orderNo = orderNumber(sequence);
        order.orderedAt = orderTimeFormat.format(day.atTime(pickHour(), random.nextInt(60), random.nextInt(60)));
        fillCustomer(order);
        order.lineCount = Math.min(1 + pickPercent(LINE_COUNT_PERCENT), maxLines);
        BigDecimal goods = BigDecimal.ZERO;
        for (int line = 0; line < order.lineCount; line++) {
            goods = goods.add(fillLine(order, line));
        }
        BigDecimal orderDiscount = pickOrderDiscount(goods);
        BigDecimal shippingFee = pickShippingFee(goods);
        order.orderDiscount = orderDiscount.toPlainString();
        order.shippingFee = shippingFee.toPlainString();
        order.orderTotal = goods.subtract(orderDiscount).add(shippingFee);
        order.paymentMethod = PAYMENT_METHODS[pickPercent(PAYMENT_PERCENT)];
        order.couponCode = pickCoupon(orderDiscount);
    }

    private String orderNumber(long sequence) {
        text.setLength(0);
        text.append(channelCode).append('-');
        return Digits.appendZeroPadded(text, sequence, 9).toString();
    }

    /**
     * 85% of orders carry the phone, 10% only the e-mail, 5% neither (just the channel's customer id).
     * Only about half the customers have an e-mail, so those who do leave out the phone twice as often.
     */
    private void fillCustomer(DraftOrder order) {
        Customer customer = customers.customer(customers.pickIndex(random));
        order.customerId = "C" + channelCode + customer.index();
        order.customerName = customer.name();
        order.province = customer.province();
        order.city = customer.city();
        order.address = customer.address();
        int contact = random.nextInt(100);
        if (contact < 5) {
            order.phone = "";
            order.email = "";
        } else if (customer.hasEmail() && contact < 25) {
            order.phone = "";
            order.email = customer.email();
        } else {
            order.phone = customer.mobile();
            order.email = customer.email();
        }
    }

    /** Fills one line and returns what it costs after its own discount. */
    private BigDecimal fillLine(DraftOrder order, int line) {
        Product product = pickProductNotYetIn(order, line);
        int quantity = pickQuantity();
        BigDecimal gross = product.unitPrice().multiply(BigDecimal.valueOf(quantity));
        BigDecimal discount = BigDecimal.ZERO;
        if (random.nextInt(100) < 15) {
            BigDecimal percent = BigDecimal.valueOf(5 + random.nextInt(16));
            discount = gross.multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        }
        order.products[line] = product;
        order.quantities[line] = quantity;
        order.lineDiscounts[line] = discount.signum() == 0 ? ZERO_MONEY : discount.toPlainString();
        return gross.subtract(discount);
    }

    /** Real orders rarely list the same SKU twice; a few retries make that rare here too. */
    private Product pickProductNotYetIn(DraftOrder order, int line) {
        Product product = catalog.pick(random);
        for (int retry = 0; retry < 3 && alreadyIn(order, line, product); retry++) {
            product = catalog.pick(random);
        }
        return product;
    }

    private static boolean alreadyIn(DraftOrder order, int lines, Product product) {
        for (int line = 0; line < lines; line++) {
            if (order.products[line] == product) {
                return true;
            }
        }
        return false;
    }

    private int pickQuantity() {
        int roll = random.nextInt(100);
        int cumulative = 0;
        for (int i = 0; i < QUANTITY_PERCENT.length; i++) {
            cumulative += QUANTITY_PERCENT[i];
            if (roll < cumulative) {
                return i + 1;
            }
        }
        return 6 + random.nextInt(5);
    }

    /** 20% of orders get 5, 10 or 20 off, but never more than the goods are worth. */
    private BigDecimal pickOrderDiscount(BigDecimal goods) {
        if (random.nextInt(100) >= 20) {
            return WHOLE_YUAN[0];
        }
        BigDecimal discount = WHOLE_YUAN[ORDER_DISCOUNTS[random.nextInt(ORDER_DISCOUNTS.length)]];
        return discount.compareTo(goods) <= 0 ? discount : WHOLE_YUAN[0];
    }

    /** Shipping is mostly free from 99 yuan; below that it is 0, 6, 8, 10 or 12. */
    private BigDecimal pickShippingFee(BigDecimal goods) {
        if (goods.compareTo(FREE_SHIPPING_FROM) >= 0 && random.nextInt(10) != 0) {
            return WHOLE_YUAN[0];
        }
        return WHOLE_YUAN[SHIPPING_FEES[random.nextInt(SHIPPING_FEES.length)]];
    }

    /** Discounted orders usually came with a coupon; undiscounted ones almost never show one. */
    private String pickCoupon(BigDecimal orderDiscount) {
        int percent = orderDiscount.signum() > 0 ? 70 : 3;
        return random.nextInt(100) < percent ? COUPON_CODES[random.nextInt(COUPON_CODES.length)] : "";
    }

    private int pickHour() {
        int target = random.nextInt(hourWeightTotal);
        int hour = 0;
        while (target >= HOUR_WEIGHTS[hour]) {
            target -= HOUR_WEIGHTS[hour];
            hour++;
        }
        return hour;
    }

    private static double meanLinesOfOrderHoldingARow() {
        double lines = 0;
        double squares = 0;
        for (int i = 0; i < LINE_COUNT_PERCENT.length; i++) {
            int lineCount = i + 1;
            lines += LINE_COUNT_PERCENT[i] * lineCount;
            squares += LINE_COUNT_PERCENT[i] * lineCount * lineCount;
        }
        return squares / lines;
    }

    /** Index picked from percentages that add up to 100. */
    private int pickPercent(int[] percents) {
        int roll = random.nextInt(100);
        for (int i = 0; i < percents.length; i++) {
            roll -= percents[i];
            if (roll < 0) {
                return i;
            }
        }
        return percents.length - 1;
    }
}
