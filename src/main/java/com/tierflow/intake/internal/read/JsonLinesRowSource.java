package com.tierflow.intake.internal.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierflow.intake.FormatProfile;
import com.tierflow.intake.OrderField;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** One JSON object per line; keys are column names, resolved like CSV headers. */
final class JsonLinesRowSource implements RowSource {

    private static final int MAX_LINE_CHARS = 4 * 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BoundedLineReader lines;
    private final HeaderMapping mapping;
    private boolean keysChecked;

    JsonLinesRowSource(Path file, FormatProfile profile) throws IOException {
        this.lines = new BoundedLineReader(TextDecoding.open(Files.newInputStream(file), profile.charset()), MAX_LINE_CHARS);
        this.mapping = HeaderMapping.forProfile(profile);
    }

    @Override
    public SourceRow next() {
        try {
            String line;
            do {
                line = lines.readLine();
                if (line == null) {
                    return null;
                }
            } while (line.isBlank());
            return parse(lines.lineNumber(), line);
        } catch (IOException e) {
            throw new UnreadableFileException("The file could not be read to the end: " + e.getMessage(), e);
        }
    }

    private SourceRow parse(long lineNumber, String line) {
        OriginalValues original = OriginalValues.text(line);
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            return SourceRow.malformed(lineNumber, original, "The line is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            return SourceRow.malformed(lineNumber, original, "The line is not a JSON object.");
        }
        if (!keysChecked) {
            // the first object stands for the file's "header": a file of foreign keys fails as a whole
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            mapping.mapColumns(keys);
            keysChecked = true;
        }
        Map<OrderField, String> values = new EnumMap<>(OrderField.class);
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> entry = fields.next();
            OrderField field = mapping.fieldOf(entry.getKey());
            JsonNode value = entry.getValue();
            if (field == null || value.isNull()) {
                continue;
            }
            if (value.isContainerNode()) {
                return SourceRow.malformed(lineNumber, original, "'" + entry.getKey() + "' holds a list or object, not a plain value.");
            }
            String text = value.isNumber() ? value.decimalValue().toPlainString() : value.asText();
            if (!text.isBlank()) {
                values.put(field, text);
            }
        }
        return new SourceRow(lineNumber, values, original, null);
    }

    @Override
    public void close() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
