package com.tierflow.intake.internal.persistence;

/** What one merge slice did with its rows and orders. */
public record MergeCounts(long rowsImported, long rowsSkipped, long rowsDuplicate, long rowsConflict,
                          long ordersImported, long ordersDuplicate, long ordersConflict) {
}
