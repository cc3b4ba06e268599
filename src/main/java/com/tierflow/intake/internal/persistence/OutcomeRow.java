package com.tierflow.intake.internal.persistence;

/** How many orders (and their lines) of a slice were new, known already, or known with other content. */
public record OutcomeRow(String outcome, long orders, long lines) {
}
