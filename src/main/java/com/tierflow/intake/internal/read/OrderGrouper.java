package com.tierflow.intake.internal.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a stream of parsed rows into orders: consecutive valid rows with the same order number are one order. Bad
 * rows travel with the order being read, or on their own once enough of them pile up, so memory stays bounded.
 * Deterministic: replaying the same rows gives the same items, which is how a restart finds its place.
 */
public final class OrderGrouper {

    /** Bad rows carried by one item at most. */
    static final int MAX_PROBLEM_ROWS = 1_000;

    /** Where the rows come from: a read-ahead over a file, or the staged lines in order-number order. */
    @FunctionalInterface
    public interface Rows {
        ParsedRow next() throws InterruptedException;
    }

    private final Rows rows;
    private final OrderNumberSet seen;

    private ParsedRow pending;
    private String orderNo;
    private List<StagedLine> lines = new ArrayList<>();
    private long[] extraRows = new long[0];
    private int extraCount;
    private int orderRows;

    /** @param detectRecurring whether to remember order numbers (needed when the input is not sorted by order) */
    public OrderGrouper(Rows rows, boolean detectRecurring) {
        this.rows = rows;
        this.seen = detectRecurring ? new OrderNumberSet() : null;
    }

    /** The next item, or null at the end of the rows. */
    public OrderGroup next() throws InterruptedException {
        List<RowProblem> problems = new ArrayList<>(0);
        int badRows = 0;
        while (true) {
            ParsedRow row = pending != null ? pending : rows.next();
            pending = null;
            if (row == null) {
                return orderNo != null ? emitOrder(problems, badRows) : badRows > 0 ? problemsOnly(problems, badRows) : null;
            }
            if (!row.isValid()) {
                problems.addAll(row.problems());
                badRows++;
                if (badRows >= MAX_PROBLEM_ROWS) {
                    // the order being read (if any) goes on accumulating; its bad neighbours leave now
                    return problemsOnly(problems, badRows);
                }
                continue;
            }
            StagedLine line = row.line();
            if (orderNo == null) {
                orderNo = line.orderNo();
            } else if (!orderNo.equals(line.orderNo())) {
                pending = row;
                return emitOrder(problems, badRows);
            }
            addLine(line);
        }
    }

    private void addLine(StagedLine line) {
        orderRows++;
        if (lines.size() < OrderGroup.MAX_LINES) {
            lines.add(line);
            return;
        }
        if (extraCount == extraRows.length) {
            extraRows = Arrays.copyOf(extraRows, Math.max(16, extraRows.length * 2));
        }
        extraRows[extraCount++] = line.rowNumber();
    }

    private OrderGroup emitOrder(List<RowProblem> problems, int badRows) {
        boolean recurring = seen != null && !seen.add(orderNo);
        OrderGroup group = new OrderGroup(orderNo, lines, Arrays.copyOf(extraRows, extraCount), problems, badRows,
                orderRows + badRows, recurring);
        orderNo = null;
        lines = new ArrayList<>();
        extraRows = new long[0];
        extraCount = 0;
        orderRows = 0;
        return group;
    }

    private static OrderGroup problemsOnly(List<RowProblem> problems, int badRows) {
        return new OrderGroup(null, List.of(), new long[0], problems, badRows, badRows, false);
    }
}
