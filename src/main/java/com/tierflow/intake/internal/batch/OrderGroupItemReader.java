package com.tierflow.intake.internal.batch;

import com.tierflow.intake.internal.read.OrderGroup;
import com.tierflow.intake.internal.read.OrderGrouper;
import com.tierflow.intake.internal.read.OrderLineParser;
import com.tierflow.intake.internal.read.ReadAhead;
import com.tierflow.intake.internal.read.RowSource;
import com.tierflow.intake.internal.read.RowSources;
import org.springframework.batch.item.ExecutionContext;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the import's file as orders: parsing and validation run ahead on a thread of their own, consecutive rows of
 * one order become one item. The item count is saved with every committed chunk; a restart replays the file up to it
 * (deterministically, so the same orders fall in the same items) and goes on with the next order.
 */
class OrderGroupItemReader extends AbstractItemCountingItemStreamItemReader<OrderGroup> {

    private static final int BATCHES_AHEAD = 16;

    private final ImportTarget target;
    private RowSource source;
    private ReadAhead readAhead;
    private OrderGrouper grouper;
    private boolean stopped;

    OrderGroupItemReader(ImportTarget target) {
        this.target = target;
        setName("orderGroupReader");
    }

    @Override
    public void open(ExecutionContext context) {
        // the file turned out to repeat orders apart: it goes through staging, nothing more to read here
        stopped = context.containsKey(OrderGroupWriter.RECURRING_KEY);
        super.open(context);
    }

    @Override
    protected void doOpen() {
        if (!stopped) {
            source = RowSources.open(target.file(), target.channel().profile());
        }
    }

    @Override
    protected void jumpToItem(int itemIndex) throws InterruptedException {
        for (int i = 0; i < itemIndex && !stopped && grouper().next() != null; i++) {
            // orders before the restart point were merged by the run that stopped
        }
    }

    @Override
    protected OrderGroup doRead() throws InterruptedException {
        if (stopped) {
            return null;
        }
        OrderGroup group = grouper().next();
        stopped = group != null && group.recurring();
        return group;
    }

    private OrderGrouper grouper() {
        if (grouper == null) {
            OrderLineParser parser = new OrderLineParser(target.channel().id(), target.channel().profile());
            readAhead = new ReadAhead(source, parser, BATCHES_AHEAD, "parse-import-" + target.importId());
            grouper = new OrderGrouper(readAhead::next, true);
        }
        return grouper;
    }

    @Override
    protected void doClose() throws Exception {
        grouper = null;
        if (readAhead != null) {
            readAhead.close();
            readAhead = null;
        }
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
