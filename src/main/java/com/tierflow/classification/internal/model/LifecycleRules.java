package com.tierflow.classification.internal.model;

import com.tierflow.classification.LifecycleStage;

/**
 * NEW while the first purchase is recent; otherwise recency is measured against the customer's own purchase cycle
 * (or a default for one-time buyers) and P(alive) where a model exists: past {@code atRiskCycles} cycles or below
 * {@code atRiskAlive} is AT_RISK, past {@code churnedCycles} or below {@code churnedAlive} CHURNED.
 */
public record LifecycleRules(int newWithinDays, double defaultCycleDays, double minimumCycleDays, double atRiskCycles,
                             double churnedCycles, double atRiskAlive, double churnedAlive) {

    public static LifecycleRules defaults() {
        return new LifecycleRules(30, 90, 14, 1.5, 3, 0.5, 0.15);
    }

    /**
     * @param cycleDays mean days between purchase days, null for one-time buyers
     * @param probabilityAlive null when no model could be fitted
     */
    public LifecycleStage stage(long ageDays, long recencyDays, Double cycleDays, Double probabilityAlive) {
        if (ageDays <= newWithinDays) {
            return LifecycleStage.NEW;
        }
        double gap = Math.max(minimumCycleDays, cycleDays == null ? defaultCycleDays : cycleDays);
        if (recencyDays > churnedCycles * gap || (probabilityAlive != null && probabilityAlive < churnedAlive)) {
            return LifecycleStage.CHURNED;
        }
        if (recencyDays > atRiskCycles * gap || (probabilityAlive != null && probabilityAlive < atRiskAlive)) {
            return LifecycleStage.AT_RISK;
        }
        return LifecycleStage.ACTIVE;
    }
}
