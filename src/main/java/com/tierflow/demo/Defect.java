package com.tierflow.demo;

import com.tierflow.intake.OrderField;

/** The ways a single order line is deliberately broken; each breaks exactly one field. */
enum Defect {
    EMPTY_SKU(OrderField.SKU, ""),
    QUANTITY_NOT_A_NUMBER(OrderField.QUANTITY, "abc"),
    NEGATIVE_QUANTITY(OrderField.QUANTITY, "-2"),
    IMPOSSIBLE_ORDER_TIME(OrderField.ORDERED_AT, "2024-13-45 99:99"),
    GARBLED_UNIT_PRICE(OrderField.UNIT_PRICE, "12,3x");

    private final OrderField field;
    private final String brokenValue;

    Defect(OrderField field, String brokenValue) {
        this.field = field;
        this.brokenValue = brokenValue;
    }

    OrderField field() {
        return field;
    }

    String brokenValue() {
        return brokenValue;
    }

    void applyTo(String[] row) {
        row[field.ordinal()] = brokenValue;
    }
}
