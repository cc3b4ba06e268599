package com.tierflow.intake.internal.read;

import java.nio.charset.StandardCharsets;

/**
 * The order numbers met so far in one file, as 64-bit fingerprints in an open-addressing table: about 16 bytes an
 * order. A fingerprint collision only makes an order look recurring, which sends the file to the slower safe path.
 */
final class OrderNumberSet {

    private static final long EMPTY = 0;

    private long[] slots = new long[1 << 12];
    private int size;

    /** Adds the number; false when it was there already. */
    boolean add(String orderNo) {
        long key = fingerprint(orderNo);
        if (size * 2 >= slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = (int) (mix(key) & mask); ; i = (i + 1) & mask) {
            if (slots[i] == EMPTY) {
                slots[i] = key;
                size++;
                return true;
            }
            if (slots[i] == key) {
                return false;
            }
        }
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long key : old) {
            if (key != EMPTY) {
                int i = (int) (mix(key) & mask);
                while (slots[i] != EMPTY) {
                    i = (i + 1) & mask;
                }
                slots[i] = key;
            }
        }
    }

    private static long fingerprint(String orderNo) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : orderNo.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash == EMPTY ? 1 : hash;
    }

    private static long mix(long key) {
        key ^= key >>> 33;
        key *= 0xff51afd7ed558ccdL;
        return key ^ (key >>> 33);
    }
}
