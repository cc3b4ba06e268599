package com.tierflow.report.internal.workbook;

/**
 * A table column: its header is the label under {@code labelKey} (or the text itself when no such label exists, e.g. a
 * channel code), its width in characters.
 */
public record Column(String labelKey, CellKind kind, int width) {

    public static Column text(String labelKey, int width) {
        return new Column(labelKey, CellKind.TEXT, width);
    }

    public static Column integer(String labelKey) {
        return new Column(labelKey, CellKind.INTEGER, 12);
    }

    public static Column money(String labelKey) {
        return new Column(labelKey, CellKind.MONEY, 16);
    }

    public static Column percent(String labelKey) {
        return new Column(labelKey, CellKind.PERCENT, 12);
    }

    public static Column decimal(String labelKey) {
        return new Column(labelKey, CellKind.DECIMAL, 12);
    }

    public static Column date(String labelKey) {
        return new Column(labelKey, CellKind.DATE, 12);
    }
}
