package com.tierflow.classification;

import java.time.LocalDate;

/**
 * A customer's tier, RFM segment and lifecycle stage as the latest classification run left them (table
 * {@code current_classification}).
 */
public record CurrentClassification(long customerId, CustomerTier tier, String segment, LifecycleStage stage,
                                    LocalDate asOf, Long modelId) {
}
