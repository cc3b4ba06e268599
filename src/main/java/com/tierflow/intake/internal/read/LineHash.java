package com.tierflow.intake.internal.read;

/**
 * A 48-bit fingerprint of a line's content; an order's fingerprint is the sum of its lines', so a re-pushed
 * order can be told apart from a changed one in SQL without sorting its lines.
 */
final class LineHash {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long MASK_48 = (1L << 48) - 1;

    private LineHash() {
    }

    static long of(Object... values) {
        long hash = FNV_OFFSET;
        for (Object value : values) {
            String text = value == null ? "\u0000" : value.toString();
            for (int i = 0; i < text.length(); i++) {
                hash ^= text.charAt(i);
                hash *= FNV_PRIME;
            }
            hash ^= 0x1F;
            hash *= FNV_PRIME;
        }
        return hash & MASK_48;
    }
}
