package com.tierflow.delivery.internal;

import com.tierflow.shared.RejectedRequestException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A small CSV file in the channel's encoding and delimiter (a UTF-8 BOM wins) read whole: its columns recognised by canonical name or alias, each row with
 * the row number a spreadsheet shows. Shipment and modification files are a few thousand rows, not an import.
 */
final class CsvTable {

    /** One data row; {@code values} by canonical column name, absent columns empty. */
    record Row(long rowNumber, Map<String, String> values, String original) {

        String get(String column) {
            String value = values.get(column);
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private CsvTable() {
    }

    /**
     * @param aliases canonical column name → the headers that name it (compared case-insensitively, trimmed)
     * @param required canonical names without which the file cannot be used
     */
    static List<Row> read(byte[] content, Charset charset, char delimiter, Map<String, List<String>> aliases,
            List<String> required) {
        boolean bom = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF;
        String text = bom ? new String(content, 3, content.length - 3, StandardCharsets.UTF_8)
                : new String(content, charset);
        List<Row> rows = new ArrayList<>();
        Map<Integer, String> columns = null;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().fieldSeparator(delimiter).ofCsvRecord(text)) {
            for (CsvRecord record : reader) {
                if (columns == null) {
                    columns = columns(record.getFields(), aliases, required);
                    continue;
                }
                if (record.getFields().stream().allMatch(String::isBlank)) {
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                columns.forEach((index, name) -> values.put(name,
                        index < record.getFieldCount() ? record.getField(index) : null));
                rows.add(new Row(record.getStartingLineNumber(), values,
                        String.join(String.valueOf(delimiter), record.getFields())));
            }
        } catch (java.io.IOException | RuntimeException e) {
            if (e instanceof RejectedRequestException rejected) {
                throw rejected;
            }
            throw new RejectedRequestException("The file is not a readable CSV file: " + e.getMessage());
        }
        if (columns == null) {
            throw new RejectedRequestException("The file is empty; it needs a header row with " + required + ".");
        }
        return rows;
    }

    private static Map<Integer, String> columns(List<String> header, Map<String, List<String>> aliases,
            List<String> required) {
        Map<String, String> byAlias = new HashMap<>();
        aliases.forEach((name, names) -> {
            byAlias.put(name.toLowerCase(Locale.ROOT), name);
            names.forEach(alias -> byAlias.put(alias.strip().toLowerCase(Locale.ROOT), name));
        });
        Map<Integer, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = byAlias.get(header.get(i).strip().toLowerCase(Locale.ROOT));
            if (name != null && !columns.containsValue(name)) {
                columns.put(i, name);
            }
        }
        List<String> missing = required.stream().filter(name -> !columns.containsValue(name)).toList();
        if (!missing.isEmpty()) {
            throw new RejectedRequestException("The header row lacks the column(s) " + missing + "; it has " + header
                    + ".");
        }
        return columns;
    }
}
