package com.tierflow.classification.internal.engagement;

/** Closed tasks per purpose and outcome, and how many of them were followed by a purchase within the window. */
public record EffectivenessRow(String purpose, String outcome, long closed, long checked, long boughtAgain) {
}
