package com.tierflow.report.internal.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** One view: a styled, frozen header row, then typed rows; {@link #finish()} adds the auto-filter. */
public final class TableSheet {

    private final ReportWorkbook workbook;
    private final SXSSFSheet sheet;
    private final List<Column> columns;
    private final CellKind[] kinds;
    private final CellStyle[] styles;
    private int nextRow = 1;

    TableSheet(ReportWorkbook workbook, SXSSFSheet sheet, List<Column> columns) {
        this.workbook = workbook;
        this.sheet = sheet;
        this.columns = List.copyOf(columns);
        this.kinds = new CellKind[columns.size()];
        this.styles = new CellStyle[columns.size()];
        Row header = sheet.createRow(0);
        header.setHeightInPoints(30);
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            kinds[i] = column.kind();
            styles[i] = workbook.style(column.kind());
            Cell cell = header.createCell(i);
            cell.setCellValue(workbook.labels().get(column.labelKey()));
            cell.setCellStyle(workbook.header());
            sheet.setColumnWidth(i, Math.min(255, column.width()) * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Writes the next row; values follow the columns, null leaves the cell empty. */
    public void row(Object... values) {
        Row row = sheet.createRow(nextRow++);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value != null) {
                write(row.createCell(i), kinds[i], styles[i], value);
            }
        }
    }

    /** Adds the auto-filter over the header and all rows; returns the last row index written. */
    public int finish() {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, nextRow - 1), 0, columns.size() - 1));
        return nextRow - 1;
    }

    public SXSSFSheet sheet() {
        return sheet;
    }

    /** Rows written below the header. */
    public int rows() {
        return nextRow - 1;
    }

    /** An absolute reference to a column's data rows, for chart series: 'Sheet'!$B$2:$B$9. */
    public String range(int column) {
        return range(column, 1, Math.max(1, nextRow - 1));
    }

    public String range(int column, int firstRow, int lastRow) {
        return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet.getSheetName(), true);
    }

    /** The header text of a column, as written. */
    public String headerText(int column) {
        return workbook.labels().get(columns.get(column).labelKey());
    }

    String cellName(int row, int column) {
        return new CellReference(row, column).formatAsString();
    }

    private void write(Cell cell, CellKind kind, CellStyle style, Object value) {
        switch (kind) {
            case TEXT -> text(cell, value.toString(), style);
            case PHONE -> text(cell, workbook.contactsVisible() ? value.toString() : ContactMask.phone(value.toString()), style);
            case EMAIL -> text(cell, workbook.contactsVisible() ? value.toString() : ContactMask.email(value.toString()), style);
            case DATE -> {
                cell.setCellValue((LocalDate) value);
                cell.setCellStyle(style);
            }
            case DATE_TIME -> {
                cell.setCellValue((LocalDateTime) value);
                cell.setCellStyle(style);
            }
            default -> {
                cell.setCellValue(value instanceof BigDecimal decimal ? decimal.doubleValue() : ((Number) value).doubleValue());
                cell.setCellStyle(style);
            }
        }
    }

    private void text(Cell cell, String text, CellStyle style) {
        cell.setCellValue(SafeText.fit(text));
        cell.setCellStyle(SafeText.looksLikeFormula(text) ? workbook.quotedText() : style);
    }
}
