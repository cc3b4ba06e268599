package com.tierflow.intake.internal.persistence;

public record ProblemRow(Long rowNo, String columnName, String reason, String message, String rawValues) {
}
