package com.tierflow.intake.internal.read;

import com.github.pjfanning.xlsx.StreamingReader;
import com.tierflow.intake.FormatProfile;
import com.tierflow.intake.OrderField;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The first sheet of a workbook, streamed: rows are parsed as they are read and shared strings spill to a
 * temporary file, so a 1,000,000-row workbook fits a small heap. Numbers are read raw, never as display text.
 */
final class XlsxRowSource implements RowSource {

    private final Workbook workbook;
    private final Iterator<Row> rows;
    private final String[] headers;
    private final OrderField[] columns;

    XlsxRowSource(Path file, FormatProfile profile) {
        this.workbook = open(file);
        try {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFileException("The workbook has no sheets.");
            }
            Sheet sheet = workbook.getSheetAt(0);
            this.rows = sheet.rowIterator();
            Row header = nextNonEmptyRow();
            if (header == null) {
                throw new UnreadableFileException("The first sheet '" + sheet.getSheetName() + "' is empty.");
            }
            List<String> names = new ArrayList<>();
            for (int i = 0; i < header.getLastCellNum(); i++) {
                Cell cell = header.getCell(i);
                names.add(cell == null ? "" : text(cell).strip());
            }
            this.headers = names.toArray(String[]::new);
            this.columns = HeaderMapping.forProfile(profile).mapColumns(names);
        } catch (RuntimeException e) {
            close();
            throw e instanceof UnreadableFileException ? e : damaged(e);
        }
    }

    private static Workbook open(Path file) {
        try {
            return StreamingReader.builder()
                    .rowCacheSize(200)
                    .bufferSize(8192)
                    .setUseSstTempFile(true)
                    .setReadComments(false)
                    .setReadHyperlinks(false)
                    .setReadShapes(false)
                    .open(file.toFile());
        } catch (RuntimeException e) {
            throw damaged(e);
        }
    }

    private static UnreadableFileException damaged(Throwable e) {
        String detail = UnreadableFileException.rootMessage(e);
        if (detail != null && detail.toLowerCase().contains("zip bomb")) {
            return new UnreadableFileException("The workbook expands to far more data than its size suggests "
                    + "(a zip bomb); it was refused.", e);
        }
        if (detail != null && detail.toLowerCase().contains("encrypt")) {
            return new UnreadableFileException("The workbook is password-protected; save it without a password.", e);
        }
        return new UnreadableFileException("The workbook is damaged or not a valid .xlsx file (" + detail + ").", e);
    }

    @Override
    public SourceRow next() {
        try {
            Row row = nextNonEmptyRow();
            if (row == null) {
                return null;
            }
            String[] cells = new String[Math.max(headers.length, Math.max(0, row.getLastCellNum()))];
            Map<OrderField, String> values = new EnumMap<>(OrderField.class);
            for (Cell cell : row) {
                int index = cell.getColumnIndex();
                if (index >= cells.length) {
                    continue;
                }
                String text = text(cell);
                cells[index] = text;
                if (index < columns.length && columns[index] != null && !text.isBlank()) {
                    values.put(columns[index], text);
                }
            }
            return new SourceRow(row.getRowNum() + 1L, values, OriginalValues.of(headers, cells), null);
        } catch (UnreadableFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw damaged(e);
        }
    }

    private Row nextNonEmptyRow() {
        while (rows.hasNext()) {
            Row row = rows.next();
            for (Cell cell : row) {
                if (cell.getCellType() != CellType.BLANK && !text(cell).isBlank()) {
                    return row;
                }
            }
        }
        return null;
    }

    private static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toString()
                    : plain(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }

    private static String plain(double number) {
        // the shortest decimal that round-trips, so 12.3 stays 12.3 and a phone number stays all digits
        BigDecimal value = BigDecimal.valueOf(number).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
    }


    @Override
    public void close() {
        try {
            if (workbook != null) {
                workbook.close();
            }
        } catch (IOException ignored) {
            // closing a read-only stream; nothing left to save
        }
    }
}
