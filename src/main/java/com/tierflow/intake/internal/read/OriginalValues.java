package com.tierflow.intake.internal.read;

/** A row's cells under their original column names; rendered to text only when a row is reported. */
public final class OriginalValues {

    private static final int MAX_LENGTH = 3900;

    private final String[] headers;
    private final String[] cells;
    private final String text;

    private OriginalValues(String[] headers, String[] cells, String text) {
        this.headers = headers;
        this.cells = cells;
        this.text = text;
    }

    public static OriginalValues of(String[] headers, String[] cells) {
        return new OriginalValues(headers, cells, null);
    }

    public static OriginalValues text(String text) {
        return new OriginalValues(null, null, text);
    }

    /** "订单号=T-1 | 数量=abc | …", capped so that a 1 MB cell cannot bloat the report. */
    public String render() {
        if (text != null) {
            return cap(text);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.length && out.length() < MAX_LENGTH; i++) {
            if (i > 0) {
                out.append(" | ");
            }
            String header = i < headers.length ? headers[i] : "column " + (i + 1);
            out.append(header).append('=').append(cells[i] == null ? "" : cells[i]);
        }
        return cap(out.toString());
    }

    private static String cap(String value) {
        return value.length() <= MAX_LENGTH ? value : value.substring(0, MAX_LENGTH) + " …(cut)";
    }

    @Override
    public String toString() {
        return render();
    }
}
