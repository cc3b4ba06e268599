package com.tierflow.classification.internal.model;

import java.util.Set;

/**
 * Everything a run concludes about one customer. Model outputs are null when no BG/NBD / Gamma-Gamma model exists.
 */
public record CustomerScore(CustomerMetrics metrics, int recencyScore, int frequencyScore, int monetaryScore,
                            String segment, String tier, String stage, Double probabilityAlive,
                            Double expectedPurchases30, Double expectedPurchases90, Double expectedSpend,
                            Double lifetimeValue12m, Set<String> tags, String action, String actionReason) {

    public long customerId() {
        return metrics.customerId();
    }

    /** The inputs a history row keeps so a change can be explained later. */
    public String inputsSummary(java.time.LocalDate asOf) {
        return String.format(java.util.Locale.ROOT,
                "R=%d F=%d M=%d recencyDays=%d purchaseDays=%d net=%s pAlive=%s exp90=%s",
                recencyScore, frequencyScore, monetaryScore, metrics.recencyDays(asOf), metrics.purchaseDays(),
                metrics.netValue().toPlainString(), round(probabilityAlive), round(expectedPurchases90));
    }

    private static String round(Double value) {
        return value == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", value);
    }
}
