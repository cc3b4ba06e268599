package com.tierflow.intake.internal.read;

import java.io.Closeable;

/** Streams a file's data rows, one at a time, in bounded memory. */
public interface RowSource extends Closeable {

    /** The next row, or null at the end of the file. */
    SourceRow next();
}
