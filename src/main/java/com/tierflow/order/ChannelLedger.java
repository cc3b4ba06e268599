package com.tierflow.order;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One channel's orders against its ledger. The per-kind sums are signed as booked (discounts and refunds negative).
 *
 * @param declaredTotal sum of the totals the channel's files stated, over the orders that stated one; null if none did
 * @param totalAmount   sum of the orders' computed totals
 * @param ledgerBalance sum of all ledger entries of these orders
 * @param balanced      whether the ledger balance, refunds aside, equals the orders' total amount
 */
public record ChannelLedger(
        String channelCode,
        long orderCount,
        BigDecimal declaredTotal,
        BigDecimal totalAmount,
        BigDecimal goods,
        BigDecimal lineDiscount,
        BigDecimal orderDiscount,
        BigDecimal shippingFee,
        BigDecimal refund,
        BigDecimal ledgerBalance,
        boolean balanced) {

    public ChannelLedger {
        declaredTotal = cents(declaredTotal);
        totalAmount = cents(totalAmount);
        goods = cents(goods);
        lineDiscount = cents(lineDiscount);
        orderDiscount = cents(orderDiscount);
        shippingFee = cents(shippingFee);
        refund = cents(refund);
        ledgerBalance = cents(ledgerBalance);
    }

    // sums of numeric(14, 2) come back with the database's scale; a zero sum may have none
    private static BigDecimal cents(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
