package com.tierflow.classification.internal.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A base reduced for fitting: identical (x, t_x, T) triples once with their count, and t_x and T as indexes into their
 * distinct values, so that one likelihood evaluation computes each logarithm once per distinct value, not per customer.
 */
final class CompactSample {

    final int[] x;
    final int[] tx;
    final int[] age;
    final double[] weight;
    final double[] values;
    final int maxX;
    final boolean[] seenX;
    final int customers;

    private record Triple(int x, double tx, double age) {
    }

    CompactSample(List<Customer> sample) {
        Map<Triple, Integer> counts = new HashMap<>();
        for (Customer c : sample) {
            counts.merge(new Triple(c.x(), c.tx(), c.age()), 1, Integer::sum);
        }
        values = sample.stream().flatMapToDouble(c -> java.util.stream.DoubleStream.of(c.tx(), c.age()))
                .distinct().sorted().toArray();
        int n = counts.size();
        x = new int[n];
        tx = new int[n];
        age = new int[n];
        weight = new double[n];
        int i = 0;
        int highest = 0;
        for (Map.Entry<Triple, Integer> entry : counts.entrySet()) {
            Triple triple = entry.getKey();
            x[i] = triple.x();
            tx[i] = Arrays.binarySearch(values, triple.tx());
            age[i] = Arrays.binarySearch(values, triple.age());
            weight[i] = entry.getValue();
            highest = Math.max(highest, triple.x());
            i++;
        }
        maxX = highest;
        seenX = new boolean[maxX + 1];
        for (int one : x) {
            seenX[one] = true;
        }
        customers = sample.size();
    }

    int distinct() {
        return x.length;
    }
}
