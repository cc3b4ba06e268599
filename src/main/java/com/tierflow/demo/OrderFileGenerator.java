package com.tierflow.demo;

import com.tierflow.intake.OrderField;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;

/**
 * Writes a realistic order export of one sales channel: multi-line orders from a customer pool shared by all
 * channels, a fixed product catalogue, and a share of deliberately broken rows whose row numbers are reported.
 * The same spec and seed always give the same file.
 */
public final class OrderFileGenerator {

    private static final ProductCatalog CATALOG = new ProductCatalog();
    private static final String[] QUANTITY_TEXT = new String[11];

    private static final int ORDER_NO = OrderField.ORDER_NO.ordinal();
    private static final int ORDERED_AT = OrderField.ORDERED_AT.ordinal();
    private static final int CUSTOMER_ID = OrderField.CUSTOMER_ID.ordinal();
    private static final int CUSTOMER_NAME = OrderField.CUSTOMER_NAME.ordinal();
    private static final int PHONE = OrderField.PHONE.ordinal();
    private static final int EMAIL = OrderField.EMAIL.ordinal();
    private static final int PROVINCE = OrderField.PROVINCE.ordinal();
    private static final int CITY = OrderField.CITY.ordinal();
    private static final int ADDRESS = OrderField.ADDRESS.ordinal();
    private static final int SKU = OrderField.SKU.ordinal();
    private static final int PRODUCT_NAME = OrderField.PRODUCT_NAME.ordinal();
    private static final int CATEGORY = OrderField.CATEGORY.ordinal();
    private static final int QUANTITY = OrderField.QUANTITY.ordinal();
    private static final int UNIT_PRICE = OrderField.UNIT_PRICE.ordinal();
    private static final int LINE_DISCOUNT = OrderField.LINE_DISCOUNT.ordinal();
    private static final int ORDER_DISCOUNT = OrderField.ORDER_DISCOUNT.ordinal();
    private static final int SHIPPING_FEE = OrderField.SHIPPING_FEE.ordinal();
    private static final int ORDER_TOTAL = OrderField.ORDER_TOTAL.ordinal();
    private static final int PAYMENT_METHOD = OrderField.PAYMENT_METHOD.ordinal();
    private static final int COUPON_CODE = OrderField.COUPON_CODE.ordinal();

    static {
        for (int quantity = 0; quantity < QUANTITY_TEXT.length; quantity++) {
            QUANTITY_TEXT[quantity] = Integer.toString(quantity);
        }
    }

    public GeneratedFile write(GeneratorSpec spec, Path target) throws IOException {
        if (spec.format() == FileFormat.XLSX && spec.lines() >= XlsxOrderRowSink.MAX_ROWS) {
            throw new IllegalArgumentException("an XLSX sheet holds at most " + (XlsxOrderRowSink.MAX_ROWS - 1)
                    + " data rows, not " + spec.lines());
        }
        SplittableRandom orderRandom = new SplittableRandom(spec.seed());
        DefectPlanner defects = new DefectPlanner(orderRandom.split(), spec.badRowShare());
        OrderComposer composer = new OrderComposer(spec, orderRandom, new CustomerPool(spec.customerPool()), CATALOG);
        long days = ChronoUnit.DAYS.between(spec.firstDay(), spec.lastDay()) + 1;
        long firstRowNumber = spec.format().firstDataRowNumber();

        DraftOrder order = new DraftOrder();
        DefectPlan plan = new DefectPlan();
        String[] row = new String[OrderColumns.COUNT];
        FileTally tally = new FileTally();
        try (OrderRowSink sink = OrderRowSink.open(spec, target)) {
            sink.writeHeader(OrderColumns.headers(spec.chineseHeaders()));
            long sequence = 0;
            while (tally.rows() < spec.lines()) {
                long written = tally.rows();
                int maxLines = (int) Math.min(OrderComposer.MAX_LINES_PER_ORDER, spec.lines() - written);
                // days advance with the file, as in an export sorted by date
                LocalDate day = spec.firstDay().plusDays(written * days / spec.lines());
                composer.compose(++sequence, maxLines, day, order);
                defects.plan(order.lineCount, order.orderTotal, plan);
                String declaredTotal = order.orderTotal.add(plan.totalError()).toPlainString();
                for (int line = 0; line < order.lineCount; line++) {
                    fillRow(row, order, line, declaredTotal);
                    Defect defect = plan.defectOf(line);
                    if (defect != null) {
                        defect.applyTo(row);
                    }
                    if (plan.isLineBad(line)) {
                        tally.badRow(firstRowNumber + written + line);
                    }
                    sink.writeRow(row);
                }
                if (plan.isOrderBad(order.lineCount)) {
                    tally.badOrder(order.lineCount);
                } else {
                    tally.goodOrder(order.lineCount, order.orderTotal);
                }
            }
        }
        return tally.toGeneratedFile(target);
    }

    private static void fillRow(String[] row, DraftOrder order, int line, String declaredTotal) {
        Product product = order.products[line];
        row[ORDER_NO] = order.orderNo;
        row[ORDERED_AT] = order.orderedAt;
        row[CUSTOMER_ID] = order.customerId;
        row[CUSTOMER_NAME] = order.customerName;
        row[PHONE] = order.phone;
        row[EMAIL] = order.email;
        row[PROVINCE] = order.province;
        row[CITY] = order.city;
        row[ADDRESS] = order.address;
        row[SKU] = product.sku();
        row[PRODUCT_NAME] = product.name();
        row[CATEGORY] = product.category();
        row[QUANTITY] = QUANTITY_TEXT[order.quantities[line]];
        row[UNIT_PRICE] = product.unitPriceText();
        row[LINE_DISCOUNT] = order.lineDiscounts[line];
        row[ORDER_DISCOUNT] = order.orderDiscount;
        row[SHIPPING_FEE] = order.shippingFee;
        row[ORDER_TOTAL] = declaredTotal;
        row[PAYMENT_METHOD] = order.paymentMethod;
        row[COUPON_CODE] = order.couponCode;
    }
}
