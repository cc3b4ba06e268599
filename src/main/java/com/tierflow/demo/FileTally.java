package com.tierflow.demo;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.TreeSet;

/** Counts what was written while the file is being generated. */
final class FileTally {

    private long rows;
    private long orders;
    private long goodOrders;
    private long goodRows;
    private BigDecimal goodOrdersTotal = BigDecimal.ZERO;
    private final TreeSet<Long> badRowNumbers = new TreeSet<>();

    void goodOrder(int lineCount, BigDecimal orderTotal) {
        orders++;
        rows += lineCount;
        goodOrders++;
        goodRows += lineCount;
        goodOrdersTotal = goodOrdersTotal.add(orderTotal);
    }

    void badOrder(int lineCount) {
        orders++;
        rows += lineCount;
    }

    void badRow(long rowNumber) {
        badRowNumbers.add(rowNumber);
    }

    long rows() {
        return rows;
    }

    GeneratedFile toGeneratedFile(Path path) {
        return new GeneratedFile(path, rows, orders, badRowNumbers.size(), badRowNumbers, goodOrdersTotal,
                goodOrders, goodRows);
    }
}
