package com.tierflow.demo;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What was written, and what a correct importer must make of it.
 *
 * @param rows            data rows written (good and bad)
 * @param orders          orders written (good and bad)
 * @param badRows         rows that are broken, or belong to an order with a wrong total
 * @param badRowNumbers   their row numbers as a clerk sees them (CSV/XLSX: header is row 1; JSONL: first line is row 1)
 * @param goodOrdersTotal sum of order_total over orders none of whose rows is bad
 * @param goodOrders      orders none of whose rows is bad
 * @param goodRows        rows of those orders
 */
public record GeneratedFile(
        Path path,
        long rows,
        long orders,
        long badRows,
        SortedSet<Long> badRowNumbers,
        BigDecimal goodOrdersTotal,
        long goodOrders,
        long goodRows) {

    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(goodOrdersTotal, "goodOrdersTotal");
        badRowNumbers = Collections.unmodifiableSortedSet(new TreeSet<>(badRowNumbers));
    }
}
