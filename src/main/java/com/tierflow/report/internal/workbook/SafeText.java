package com.tierflow.report.internal.workbook;

/**
 * Formula injection: text from imported files that a spreadsheet would read as a formula (=, +, -, @, or a leading tab or
 * carriage return) is written as a text cell with Excel's quote prefix, so neither opening nor editing the cell runs it.
 * The value itself stays unchanged for a reader that filters or copies it.
 */
public final class SafeText {

    /** Excel and LibreOffice keep at most this many characters in a cell. */
    static final int MAX_CELL_TEXT = 32_767;

    private SafeText() {
    }

    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '＝' || first == '＋' || first == '－' || first == '＠';
    }

    static String fit(String text) {
        return text.length() > MAX_CELL_TEXT ? text.substring(0, MAX_CELL_TEXT - 1) + "…" : text;
    }
}
