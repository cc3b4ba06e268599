package com.tierflow.intake.internal.persistence;

public record HeaderAliasRow(String header, String field) {
}
