package com.tierflow.classification.internal.model;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One row of the tag_rule table: when {@code field} of a customer's facts satisfies {@code operator} (against
 * {@code threshold}), the customer gets {@code tag}; a {@code {value}} in the tag is replaced by the field's value, once
 * per value for list fields (e.g. {@code bought:{value}} over favourite categories).
 */
public record TagRule(String code, String kind, String field, Operator operator, String threshold, String tag) {

    public enum Operator { AT_LEAST, AT_MOST, EQUALS, PRESENT }

    public Set<String> apply(Map<String, Object> facts) {
        Object value = facts.get(field);
        Collection<?> values = value instanceof Collection<?> list ? list : value == null ? List.of() : List.of(value);
        Set<String> tags = new TreeSet<>();
        for (Object one : values) {
            if (one != null && matches(one)) {
                tags.add(tag.replace("{value}", one.toString()));
            }
        }
        return tags;
    }

    private boolean matches(Object value) {
        return switch (operator) {
            case PRESENT -> !value.toString().isBlank();
            case EQUALS -> value.toString().equalsIgnoreCase(threshold);
            case AT_LEAST -> number(value).compareTo(new BigDecimal(threshold)) >= 0;
            case AT_MOST -> number(value).compareTo(new BigDecimal(threshold)) <= 0;
        };
    }

    private BigDecimal number(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal;
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString());
        }
        throw new IllegalStateException("Tag rule " + code + " compares " + field + " as a number, but it is '"
                + value + "'");
    }

    public static TagRule of(String code, String kind, String field, String operator, String threshold, String tag) {
        return new TagRule(code, kind, field, Operator.valueOf(operator.toUpperCase(Locale.ROOT)), threshold, tag);
    }
}
