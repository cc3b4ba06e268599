package com.tierflow.intake.internal.read;

import com.tierflow.intake.FormatProfile;
import com.tierflow.intake.OrderField;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** CSV with the channel's delimiter and encoding; the first non-empty record is the header. */
final class CsvRowSource implements RowSource {

    private static final int MAX_FIELD_CHARS = 4 * 1024 * 1024;
    // wide exports carry many columns we ignore; the record size limit still bounds a row's memory
    private static final int MAX_COLUMNS = 250_000;
    private static final String OTHER_DELIMITERS = ",;\t|";

    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final String[] headers;
    private final OrderField[] columns;

    CsvRowSource(Path file, FormatProfile profile) throws IOException {
        this.reader = CsvReader.builder()
                .fieldSeparator(profile.delimiter())
                .quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(true)
                .ignoreDifferentFieldCount(true)
                .maxBufferSize(MAX_FIELD_CHARS)
                .build(CsvRecordHandler.builder().maxFields(MAX_COLUMNS).build(),
                        TextDecoding.open(Files.newInputStream(file), profile.charset()));
        this.records = reader.iterator();
        CsvRecord header = nextRecord();
        if (header == null) {
            close();
            throw new UnreadableFileException("The file has no header row.");
        }
        this.headers = header.getFields().stream().map(String::strip).toArray(String[]::new);
        try {
            this.columns = HeaderMapping.forProfile(profile).mapColumns(List.of(headers));
        } catch (UnreadableFileException e) {
            close();
            throw withDelimiterHint(e, profile.delimiter());
        }
    }

    @Override
    public SourceRow next() {
        CsvRecord record = nextRecord();
        if (record == null) {
            return null;
        }
        long rowNumber = record.getStartingLineNumber();
        String[] cells = record.getFields().toArray(String[]::new);
        OriginalValues original = OriginalValues.of(headers, cells);
        if (cells.length != headers.length) {
            return SourceRow.malformed(rowNumber, original, "The row has " + cells.length + " values but the header has "
                    + headers.length + " columns (an unquoted delimiter inside a value, or a cut-off line?).");
        }
        Map<OrderField, String> values = new EnumMap<>(OrderField.class);
        for (int i = 0; i < cells.length; i++) {
            if (columns[i] != null && !cells[i].isBlank()) {
                values.put(columns[i], cells[i]);
            }
        }
        return new SourceRow(rowNumber, values, original, null);
    }

    private CsvRecord nextRecord() {
        try {
            while (records.hasNext()) {
                CsvRecord record = records.next();
                // a line of blanks or bare delimiters is empty, as an empty workbook row is
                if (record.getFields().stream().anyMatch(field -> !field.isBlank())) {
                    return record;
                }
            }
            return null;
        } catch (CsvParseException e) {
            throw new UnreadableFileException("The CSV structure is broken: " + UnreadableFileException.rootMessage(e), e);
        } catch (UncheckedIOException e) {
            throw new UnreadableFileException("The file could not be read to the end: " + UnreadableFileException.rootMessage(e), e);
        }
    }

    private UnreadableFileException withDelimiterHint(UnreadableFileException e, char expected) {
        if (headers.length == 1) {
            for (char candidate : OTHER_DELIMITERS.toCharArray()) {
                if (candidate != expected && headers[0].indexOf(candidate) >= 0) {
                    return new UnreadableFileException("The header looks separated by '" + printable(candidate)
                            + "' but this channel's delimiter is '" + printable(expected) + "'. " + e.getMessage());
                }
            }
        }
        return e;
    }

    private static String printable(char c) {
        return c == '\t' ? "\\t (tab)" : String.valueOf(c);
    }


    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
