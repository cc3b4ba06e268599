package com.tierflow.intake.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and validates rows on a thread of its own, a few thousand rows ahead of the chunk that writes them, so that
 * parsing in Java and writing in the database run at the same time. Rows come out in file order; an error reading
 * the file comes out at the position where it happened.
 */
public final class ReadAhead implements AutoCloseable {

    private static final int BATCH = 500;
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread worker;
    private List<ParsedRow> current = List.of();
    private int position;
    private boolean finished;

    public ReadAhead(RowSource source, OrderLineParser parser, int batchesAhead, String name) {
        this.queue = new ArrayBlockingQueue<>(batchesAhead);
        this.worker = new Thread(() -> produce(source, parser), name);
        worker.setDaemon(true);
        worker.start();
    }

    private void produce(RowSource source, OrderLineParser parser) {
        try {
            List<ParsedRow> batch = new ArrayList<>(BATCH);
            for (SourceRow row = source.next(); row != null; row = source.next()) {
                batch.add(parser.parse(row));
                if (batch.size() == BATCH) {
                    queue.put(batch);
                    batch = new ArrayList<>(BATCH);
                }
            }
            if (!batch.isEmpty()) {
                queue.put(batch);
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            try {
                queue.put(e);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next parsed row, or null at the end of the file. */
    @SuppressWarnings("unchecked")
    public ParsedRow next() throws InterruptedException {
        while (position == current.size()) {
            if (finished) {
                return null;
            }
            Object item = queue.take();
            if (item == END) {
                finished = true;
                return null;
            }
            if (item instanceof RuntimeException failure) {
                finished = true;
                throw failure;
            }
            if (item instanceof Error failure) {
                finished = true;
                throw failure;
            }
            current = (List<ParsedRow>) item;
            position = 0;
        }
        return current.get(position++);
    }

    @Override
    public void close() throws InterruptedException {
        worker.interrupt();
        queue.clear();
        worker.join(10_000);
    }
}
