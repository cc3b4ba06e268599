package com.tierflow.classification.internal.model;

/** The segment and value tier of an RFM score triple, as the customer-tier decision gives them. */
public record Segmentation(String segment, String tier) {

    /** The customer-tier decision, or a table standing in for it in tests. */
    @FunctionalInterface
    public interface Rules {
        Segmentation of(int recency, int frequency, int monetary);
    }
}
