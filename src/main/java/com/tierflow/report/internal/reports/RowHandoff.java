package com.tierflow.report.internal.reports;

import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands rows from the thread that reads them (inside the database transaction) to one thread that writes them, in
 * order and in batches, so that decoding the result set and writing the workbook overlap. A bounded queue keeps memory
 * flat; a failure on either side stops both.
 */
final class RowHandoff implements AutoCloseable {

    private static final Object[][] END = new Object[0][];

    private final BlockingQueue<Object[][]> queue;
    private final int batchSize;
    private final Thread writer;
    private volatile Throwable failure;
    private Object[][] batch;
    private int filled;

    RowHandoff(String threadName, int batchSize, int batchesInFlight, Consumer<Object[]> sink) {
        this.queue = new ArrayBlockingQueue<>(batchesInFlight);
        this.batchSize = batchSize;
        this.batch = new Object[batchSize][];
        this.writer = new Thread(() -> {
            try {
                for (Object[][] rows = queue.take(); rows != END; rows = queue.take()) {
                    for (Object[] row : rows) {
                        sink.accept(row);
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Throwable e) {
                failure = e;
            }
        }, threadName);
        writer.setDaemon(true);
        writer.start();
    }

    /** Queues one row; the array must not be reused by the caller. */
    void add(Object[] row) {
        batch[filled++] = row;
        if (filled == batchSize) {
            hand(batch);
            batch = new Object[batchSize][];
            filled = 0;
        }
    }

    /** Waits until every row is written; throws what the writer failed with. */
    void finish() {
        if (filled > 0) {
            hand(Arrays.copyOf(batch, filled));
            filled = 0;
        }
        hand(END);
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the report was written", e);
        }
        rethrowFailure();
    }

    /** Stops the writer if the reading side gave up. */
    @Override
    public void close() {
        if (writer.isAlive()) {
            writer.interrupt();
            try {
                writer.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void hand(Object[][] rows) {
        try {
            while (!queue.offer(rows, 100, TimeUnit.MILLISECONDS)) {
                rethrowFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the report was written", e);
        }
    }

    private void rethrowFailure() {
        Throwable failed = failure;
        if (failed instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failed instanceof Error error) {
            throw error;
        }
        if (failed != null) {
            throw new IllegalStateException(failed.getMessage(), failed);
        }
    }
}
