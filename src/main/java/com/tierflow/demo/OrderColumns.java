package com.tierflow.demo;

import com.tierflow.intake.OrderField;

import java.util.Arrays;
import java.util.List;

/** The column layout of every generated file: one column per {@link OrderField}, in declaration order. */
final class OrderColumns {

    static final int COUNT = OrderField.values().length;

    private static final boolean[] NUMERIC = new boolean[COUNT];
    private static final boolean[] MONEY = new boolean[COUNT];

    static {
        for (OrderField money : List.of(OrderField.UNIT_PRICE, OrderField.LINE_DISCOUNT, OrderField.ORDER_DISCOUNT,
                OrderField.SHIPPING_FEE, OrderField.ORDER_TOTAL)) {
            MONEY[money.ordinal()] = true;
            NUMERIC[money.ordinal()] = true;
        }
        NUMERIC[OrderField.QUANTITY.ordinal()] = true;
    }

    private OrderColumns() {
    }

    /** Chinese headers are each field's first common alias (e.g. 订单号), English ones its column name (order_no). */
    static List<String> headers(boolean chinese) {
        return Arrays.stream(OrderField.values())
                .map(field -> chinese ? field.commonAliases().get(0) : field.columnName())
                .toList();
    }

    /** Written as a number in XLSX and JSONL, as long as the value really is one. */
    static boolean isNumeric(int column) {
        return NUMERIC[column];
    }

    static boolean isMoney(int column) {
        return MONEY[column];
    }

    /**
     * Whether a value of a numeric column is a plain number ({@code -2}, {@code 128.50}) rather than one of the
     * deliberately broken values ({@code abc}, {@code 12,3x}); broken values stay text, as a channel would write them.
     */
    static boolean isPlainNumber(String value) {
        int length = value.length();
        if (length == 0) {
            return false;
        }
        int start = value.charAt(0) == '-' ? 1 : 0;
        boolean digitSeen = false;
        boolean pointSeen = false;
        for (int i = start; i < length; i++) {
            char c = value.charAt(i);
            if (c >= '0' && c <= '9') {
                digitSeen = true;
            } else if (c == '.' && !pointSeen) {
                pointSeen = true;
            } else {
                return false;
            }
        }
        return digitSeen;
    }
}
