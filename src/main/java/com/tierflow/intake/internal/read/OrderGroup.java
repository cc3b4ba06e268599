package com.tierflow.intake.internal.read;

import java.util.List;

/**
 * One order's valid lines as they stand in the file (consecutive rows), with the bad rows read along the way. An item
 * may also carry bad rows only ({@link #orderNo()} null). {@code recurring} says the order number came before in this
 * file, separated by other orders: such a file cannot be merged order by order as it streams.
 */
public record OrderGroup(String orderNo, List<StagedLine> lines, long[] extraRowNumbers, List<RowProblem> rowProblems,
                         int badRows, int rowsRead, boolean recurring) {

    /** Lines kept per order; the rows beyond are counted by number only, since such an order is refused anyway. */
    public static final int MAX_LINES = 10_000;

    public boolean hasOrder() {
        return orderNo != null;
    }

    public int lineCount() {
        return lines.size() + extraRowNumbers.length;
    }
}
