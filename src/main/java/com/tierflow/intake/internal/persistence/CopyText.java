package com.tierflow.intake.internal.persistence;

import java.math.BigDecimal;

/** PostgreSQL COPY text format: tab-separated, backslash escapes for the characters that delimit it, \N for null. */
public final class CopyText {

    private final StringBuilder text;

    public CopyText(int expectedChars) {
        this.text = new StringBuilder(expectedChars);
    }

    public CopyText field(String value) {
        if (value == null) {
            text.append("\\N\t");
            return this;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
        text.append('\t');
        return this;
    }

    public CopyText field(long value) {
        text.append(value).append('\t');
        return this;
    }

    public CopyText field(BigDecimal value) {
        text.append(value == null ? "\\N" : value.toPlainString()).append('\t');
        return this;
    }

    public CopyText field(Object value) {
        text.append(value == null ? "\\N" : value.toString()).append('\t');
        return this;
    }

    /** Ends the row: the last field's tab becomes the line break. */
    public CopyText endRow() {
        text.setCharAt(text.length() - 1, '\n');
        return this;
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
