package com.tierflow.intake.internal.read;

import com.tierflow.intake.OrderField;
import java.util.Map;

/**
 * One data row as read from the file, before any validation.
 *
 * @param rowNumber   the number a clerk sees (spreadsheet row, or line of a JSON Lines file)
 * @param values      cell text per mapped field; absent when the column is missing or empty
 * @param original    the row's original values, rendered only for the error report
 * @param malformed   why the row could not even be split into values (e.g. broken JSON), else null
 */
public record SourceRow(long rowNumber, Map<OrderField, String> values, OriginalValues original, String malformed) {

    public static SourceRow malformed(long rowNumber, OriginalValues original, String reason) {
        return new SourceRow(rowNumber, Map.of(), original, reason);
    }

    public String value(OrderField field) {
        return values.get(field);
    }
}
