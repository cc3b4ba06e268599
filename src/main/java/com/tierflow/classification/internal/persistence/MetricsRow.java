package com.tierflow.classification.internal.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One customer's aggregate over counted orders, as the metrics query returns it. */
public record MetricsRow(long customerId, LocalDate firstPurchase, LocalDate lastPurchase, int purchaseDays, int orders,
                         BigDecimal netValue, BigDecimal firstDayValue, BigDecimal goodsValue, BigDecimal discountValue,
                         String province, String city) {
}
