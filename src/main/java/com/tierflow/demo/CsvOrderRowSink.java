package com.tierflow.demo;

import de.siegmar.fastcsv.writer.CsvWriter;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/** CSV through FastCSV: quotes only where needed, CRLF line ends like spreadsheet exports. */
final class CsvOrderRowSink implements OrderRowSink {

    private final CsvWriter csv;

    CsvOrderRowSink(Path target, Charset charset, boolean bom, char delimiter) throws IOException {
        this.csv = CsvWriter.builder()
                .fieldSeparator(delimiter)
                .build(EncodedFiles.open(target, charset, bom));
    }

    @Override
    public void writeHeader(List<String> names) {
        csv.writeRecord(names);
    }

    @Override
    public void writeRow(String[] values) {
        csv.writeRecord(values);
    }

    @Override
    public void close() throws IOException {
        csv.close();
    }
}
