package com.tierflow.classification.internal.persistence;

/** A row of tag_rule. */
public record TagRuleRow(String code, String kind, String field, String operator, String threshold, String tag) {
}
