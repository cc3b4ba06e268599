package com.tierflow.intake.internal.batch;

import com.tierflow.intake.internal.read.OrderLineParser;
import com.tierflow.intake.internal.read.ParsedRow;
import com.tierflow.intake.internal.read.ReadAhead;
import com.tierflow.intake.internal.read.RowSource;
import com.tierflow.intake.internal.read.RowSources;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads and validates the import's file row by row (parsing runs ahead on its own thread). Its read count is saved
 * with every committed chunk, so a restart skips exactly the rows already staged, without parsing them again.
 */
class OrderFileItemReader extends AbstractItemCountingItemStreamItemReader<ParsedRow> {

    private static final int BATCHES_AHEAD = 16;

    private final ImportTarget target;
    private RowSource source;
    private ReadAhead readAhead;

    OrderFileItemReader(ImportTarget target) {
        this.target = target;
        setName("orderFileReader");
    }

    @Override
    protected void doOpen() {
        source = RowSources.open(target.file(), target.channel().profile());
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        for (int i = 0; i < itemIndex && source.next() != null; i++) {
            // rows before the restart point were staged by the run that stopped
        }
    }

    @Override
    protected ParsedRow doRead() throws InterruptedException {
        if (readAhead == null) {
            OrderLineParser parser = new OrderLineParser(target.channel().id(), target.channel().profile());
            readAhead = new ReadAhead(source, parser, BATCHES_AHEAD, "parse-import-" + target.importId());
        }
        return readAhead.next();
    }

    @Override
    protected void doClose() throws Exception {
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
