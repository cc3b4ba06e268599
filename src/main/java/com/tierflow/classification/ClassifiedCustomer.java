package com.tierflow.classification;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A customer's row of {@code current_classification}: the metrics as of {@code asOf}, RFM scores, segment, tier,
 * stage, the BG/NBD and Gamma-Gamma outputs (null without a fitted model) and the recommended action.
 */
public record ClassifiedCustomer(long customerId, LocalDate asOf, long runId, Long modelId, LocalDate firstPurchase,
                                 LocalDate lastPurchase, int purchaseDays, int orders, BigDecimal netValue,
                                 BigDecimal averageOrderValue, BigDecimal discountShare, Double purchaseCycleDays,
                                 int recencyDays, int ageDays, String favouriteCategories, String channels,
                                 String province, String city, int recencyScore, int frequencyScore,
                                 int monetaryScore, String segment, String tier, String stage, Double pAlive,
                                 Double expectedPurchases30, Double expectedPurchases90, BigDecimal expectedSpend,
                                 BigDecimal clv12m, String action, String actionReason, Instant updatedAt) {
}
