package com.tierflow.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/** Accepts channel files and reports on their imports. */
public interface ImportService {

    /** Stores the file, recognises a duplicate push, and queues the import; returns at once. */
    ImportRecord submit(String channelCode, String fileName, InputStream content, ImportSource source, String requestedBy)
            throws IOException;

    Optional<ImportRecord> find(long importId);

    ImportRecord get(long importId);

    List<ImportRecord> list(String channelCode, int limit);

    List<ImportProblem> problems(long importId, int offset, int limit);

    /** Writes the import's problems as a workbook: row, column, reason, message, original values. */
    void writeErrorReport(long importId, OutputStream out) throws IOException;
}
