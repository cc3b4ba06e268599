package com.tierflow.intake;

/** A reported problem of an import: the row (null for the whole file), the column, why, and the row as it was. */
public record ImportProblem(Long rowNumber, String column, ProblemReason reason, String message, String originalValues) {
}
