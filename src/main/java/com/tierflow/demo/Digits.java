package com.tierflow.demo;

/** Zero padding without {@code String.format}, which is far too slow for a million rows. */
final class Digits {

    private Digits() {
    }

    static StringBuilder appendZeroPadded(StringBuilder target, long value, int width) {
        String digits = Long.toString(value);
        for (int missing = width - digits.length(); missing > 0; missing--) {
            target.append('0');
        }
        return target.append(digits);
    }

    static String zeroPadded(long value, int width) {
        return appendZeroPadded(new StringBuilder(width), value, width).toString();
    }
}
