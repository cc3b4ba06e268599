package com.tierflow.demo;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes order rows in one file format. Row values are indexed by {@code OrderField.ordinal()}. */
interface OrderRowSink extends Closeable {

    void writeHeader(List<String> names) throws IOException;

    /** The array is reused by the caller: copy what must outlive the call. */
    void writeRow(String[] values) throws IOException;

    static OrderRowSink open(GeneratorSpec spec, Path target) throws IOException {
        return switch (spec.format()) {
            case CSV -> new CsvOrderRowSink(target, spec.charset(), spec.bom(), spec.delimiter());
            case XLSX -> new XlsxOrderRowSink(target);
            case JSONL -> new JsonlOrderRowSink(target, spec.charset());
        };
    }
}
