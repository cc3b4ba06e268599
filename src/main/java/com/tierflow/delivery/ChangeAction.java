package com.tierflow.delivery;

/** What an entry of a bulk modification does to its order. */
public enum ChangeAction {
    /** Any status that may become CANCELLED; an open approval is withdrawn and what was paid is refunded. */
    CANCEL,
    /** APPROVED → ON_HOLD. */
    HOLD,
    /** ON_HOLD → APPROVED (the hold is released; delivery batches release to the warehouse). */
    RELEASE,
    /** Province, city and address, before the order is released to delivery. */
    UPDATE_ADDRESS,
    /** Goods came back: one line's quantity, or (no line) everything not yet returned; refunded into the ledger. */
    RETURN
}
