package com.tierflow.order;

import java.math.BigDecimal;
import java.time.Instant;

/** One signed ledger entry of an order; the entries of an order add up to what the customer paid. */
public record LedgerEntryView(LedgerKind kind, BigDecimal amount, Instant bookedAt) {
}
