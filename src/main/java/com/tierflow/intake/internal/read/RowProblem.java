package com.tierflow.intake.internal.read;

import com.tierflow.intake.ProblemReason;

/** One reason one row was not imported. */
public record RowProblem(long rowNumber, String column, ProblemReason reason, String message, String originalValues) {
}
