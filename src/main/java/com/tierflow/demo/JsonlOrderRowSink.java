package com.tierflow.demo;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;

/** One JSON object per line, keyed by the header names; numeric columns are JSON numbers when they are numbers. */
final class JsonlOrderRowSink implements OrderRowSink {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final JsonGenerator json;
    private SerializedString[] keys;

    JsonlOrderRowSink(Path target, Charset charset) throws IOException {
        this.json = JSON.createGenerator(EncodedFiles.open(target, charset, false));
        // lines are ended explicitly below; the default root separator would start each line with a space
        this.json.setRootValueSeparator(null);
    }

    @Override
    public void writeHeader(List<String> names) {
        keys = names.stream().map(SerializedString::new).toArray(SerializedString[]::new);
    }

    @Override
    public void writeRow(String[] values) throws IOException {
        json.writeStartObject();
        for (int column = 0; column < values.length; column++) {
            json.writeFieldName(keys[column]);
            String value = values[column];
            if (OrderColumns.isNumeric(column) && OrderColumns.isPlainNumber(value)) {
                // the text is already a plain decimal like 128.50: written as is, keeping its two decimals
                json.writeNumber(value);
            } else {
                json.writeString(value);
            }
        }
        json.writeEndObject();
        json.writeRaw('\n');
    }

    @Override
    public void close() throws IOException {
        json.close();
    }
}
