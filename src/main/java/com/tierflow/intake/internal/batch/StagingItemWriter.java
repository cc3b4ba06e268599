package com.tierflow.intake.internal.batch;

import com.tierflow.intake.internal.persistence.ImportMapper;
import com.tierflow.intake.internal.read.ParsedRow;
import com.tierflow.intake.internal.read.RowProblem;
import com.tierflow.intake.internal.read.StagedLine;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.item.Chunk;
import org.springframework.batch.item.ItemWriter;

/**
 * Writes a chunk's valid lines to the staging table and its bad rows to the import's problems, and moves the
 * progress counters, all in the chunk's transaction: a crash loses the whole chunk or none of it.
 */
class StagingItemWriter implements ItemWriter<ParsedRow> {

    private static final int PROBLEMS_PER_STATEMENT = 500;

    private final long importId;
    private final StagingTable stagingTable;
    private final ImportMapper imports;
    private final Clock clock;

    StagingItemWriter(long importId, StagingTable stagingTable, ImportMapper imports, Clock clock) {
        this.importId = importId;
        this.stagingTable = stagingTable;
        this.imports = imports;
        this.clock = clock;
    }

    @Override
    public void write(Chunk<? extends ParsedRow> chunk) {
        List<StagedLine> lines = new ArrayList<>(chunk.size());
        List<RowProblem> problems = new ArrayList<>();
        long rejectedRows = 0;
        for (ParsedRow row : chunk) {
            if (row.isValid()) {
                lines.add(row.line());
            } else {
                problems.addAll(row.problems());
                rejectedRows++;
            }
        }
        stagingTable.insert(importId, lines);
        for (int from = 0; from < problems.size(); from += PROBLEMS_PER_STATEMENT) {
            imports.insertProblems(importId, problems.subList(from, Math.min(problems.size(), from + PROBLEMS_PER_STATEMENT)));
        }
        imports.addProgress(importId, chunk.size(), rejectedRows, Instant.now(clock));
    }
}
