package com.tierflow.classification.internal.model;

import java.util.Map;

/** What the customer-action decision sees of a customer; null numbers where no model could be fitted. */
public record ActionFacts(String tier, String segment, String stage, Double churnRisk, Double expectedPurchases90,
                          int categoryCount) {

    public Map<String, Object> variables() {
        java.util.HashMap<String, Object> variables = new java.util.HashMap<>();
        variables.put("tier", tier);
        variables.put("segment", segment);
        variables.put("stage", stage);
        variables.put("churnRisk", churnRisk);
        variables.put("expectedPurchases90", expectedPurchases90);
        variables.put("categoryCount", categoryCount);
        return variables;
    }

    /** What the decision recommends; null action means nothing to do. */
    public record Decision(String action, String reason) {
    }

    @FunctionalInterface
    public interface Rules {
        Decision decide(ActionFacts facts);
    }
}
