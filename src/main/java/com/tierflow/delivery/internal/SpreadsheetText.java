package com.tierflow.delivery.internal;

/** Cell text that a spreadsheet shows as it is instead of running it as a formula (CSV injection). */
final class SpreadsheetText {

    private SpreadsheetText() {
    }

    static String of(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        // OWASP: =, +, -, @ start a formula; tab and carriage return hide one
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + value
                : value;
    }
}
