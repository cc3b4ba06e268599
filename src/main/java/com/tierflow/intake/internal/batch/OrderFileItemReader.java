package com.tierflow.intake.internal.batch;

import com.tierflow.intake.internal.read.RowSource;
import com.tierflow.intake.internal.read.RowSources;
import com.tierflow.intake.internal.read.SourceRow;
import org.springframework.batch.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads the import's file row by row. Its read count is saved with every committed chunk, so a restart
 * skips exactly the rows already staged.
 */
class OrderFileItemReader extends AbstractItemCountingItemStreamItemReader<SourceRow> {

    private final ImportTarget target;
    private RowSource source;

    OrderFileItemReader(ImportTarget target) {
        this.target = target;
        setName("orderFileReader");
    }

    @Override
    protected void doOpen() {
        source = RowSources.open(target.file(), target.channel().profile());
    }

    @Override
    protected SourceRow doRead() {
        return source.next();
    }

    @Override
    protected void doClose() throws Exception {
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
