package com.tierflow.intake.internal.persistence;

/** What one merge slice did with its rows and orders. */
public record MergeCounts(long rowsImported, long rowsSkipped, long rowsDuplicate, long rowsConflict,
                          long ordersImported, long ordersDuplicate, long ordersConflict) {

    public static final MergeCounts NONE = new MergeCounts(0, 0, 0, 0, 0, 0, 0);

    public MergeCounts plus(MergeCounts other) {
        return new MergeCounts(rowsImported + other.rowsImported, rowsSkipped + other.rowsSkipped,
                rowsDuplicate + other.rowsDuplicate, rowsConflict + other.rowsConflict,
                ordersImported + other.ordersImported, ordersDuplicate + other.ordersDuplicate,
                ordersConflict + other.ordersConflict);
    }
}
