package com.tierflow.classification;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a customer's tier, segment or stage (attribute TIER, SEGMENT or STAGE); {@code fromValue} is null for
 * a customer's first classification.
 */
public record ClassificationChange(long customerId, String attribute, String fromValue, String toValue, LocalDate asOf,
                                   String inputs, Long modelId, long runId, Instant changedAt) {
}
