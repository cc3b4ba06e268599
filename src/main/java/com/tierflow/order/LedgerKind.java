package com.tierflow.order;

/** What a ledger entry books; discounts and refunds are negative amounts, goods and shipping positive. */
public enum LedgerKind {
    GOODS,
    LINE_DISCOUNT,
    ORDER_DISCOUNT,
    SHIPPING_FEE,
    REFUND
}
