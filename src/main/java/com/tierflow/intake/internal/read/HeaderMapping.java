package com.tierflow.intake.internal.read;

import com.tierflow.intake.OrderField;
import com.tierflow.intake.FormatProfile;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Resolves a file's column names to Tierflow fields: canonical names, common aliases, then the channel's own. */
public final class HeaderMapping {

    private final Map<String, OrderField> byNormalisedName;

    private HeaderMapping(Map<String, OrderField> byNormalisedName) {
        this.byNormalisedName = byNormalisedName;
    }

    public static HeaderMapping forProfile(FormatProfile profile) {
        Map<String, OrderField> names = new HashMap<>();
        for (OrderField field : OrderField.values()) {
            names.put(normalise(field.columnName()), field);
            field.commonAliases().forEach(alias -> names.put(normalise(alias), field));
        }
        // the channel's own aliases win over the common ones
        profile.headerAliases().forEach((header, field) -> names.put(normalise(header), field));
        return new HeaderMapping(names);
    }

    public OrderField fieldOf(String header) {
        return header == null ? null : byNormalisedName.get(normalise(header));
    }

    /**
     * Maps each column index to its field, refusing files that miss a required column or name a field twice.
     */
    public OrderField[] mapColumns(List<String> headers) {
        OrderField[] columns = new OrderField[headers.size()];
        Map<OrderField, String> seen = new EnumMap<>(OrderField.class);
        for (int i = 0; i < headers.size(); i++) {
            OrderField field = fieldOf(headers.get(i));
            if (field == null) {
                continue;
            }
            String previous = seen.putIfAbsent(field, headers.get(i));
            if (previous != null) {
                throw new UnreadableFileException("Columns '" + previous + "' and '" + headers.get(i)
                        + "' both mean " + field.columnName() + "; keep one of them.");
            }
            columns[i] = field;
        }
        List<String> missing = new ArrayList<>();
        for (OrderField field : OrderField.values()) {
            if (field.required() && !seen.containsKey(field)) {
                missing.add(field.columnName() + " (e.g. " + String.join(" / ", field.commonAliases().subList(0, Math.min(2, field.commonAliases().size()))) + ")");
            }
        }
        if (!missing.isEmpty()) {
            throw new UnreadableFileException("The header row lacks required columns: " + String.join(", ", missing)
                    + ". Columns found: " + describe(headers) + ". Check the file or the channel's header aliases.");
        }
        return columns;
    }

    private static String describe(List<String> headers) {
        Set<String> shown = new LinkedHashSet<>(headers.subList(0, Math.min(headers.size(), 30)));
        String text = shown.stream().map(h -> "'" + abbreviate(h) + "'").collect(Collectors.joining(", "));
        return headers.size() > 30 ? text + " … (" + headers.size() + " columns)" : text;
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    static String normalise(String header) {
        String text = Normalizer.normalize(header, Normalizer.Form.NFKC).replace("\uFEFF", "");
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // "Order No", "order_no" and "ORDER-NO" name the same column
            if (!Character.isWhitespace(c) && c != '_' && c != '-' && c != '.' && c != '*') {
                out.append(c);
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }
}
