package com.tierflow.report.internal.workbook;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/** The first sheet: the report's title, its parameters, when it was generated, and its key figures. */
public final class SummarySheet {

    private final ReportWorkbook workbook;
    private final SXSSFSheet sheet;
    private int nextRow;

    SummarySheet(ReportWorkbook workbook, SXSSFSheet sheet, String title) {
        this.workbook = workbook;
        this.sheet = sheet;
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(1, 48 * 256);
        Cell cell = sheet.createRow(nextRow++).createCell(0);
        cell.setCellValue(title);
        cell.setCellStyle(workbook.title());
        nextRow++;
    }

    /** A section heading such as "Parameters" or "Key figures". */
    public SummarySheet section(String labelKey) {
        if (nextRow > 2) {
            nextRow++;
        }
        Cell cell = sheet.createRow(nextRow++).createCell(0);
        cell.setCellValue(workbook.labels().get(labelKey));
        cell.setCellStyle(workbook.header());
        sheet.getRow(nextRow - 1).createCell(1).setCellStyle(workbook.header());
        return this;
    }

    /** A parameter or fact as text (channel codes, dates as the user gave them). */
    public SummarySheet text(String labelKey, String value) {
        Row row = label(labelKey);
        if (value != null) {
            Cell cell = row.createCell(1);
            cell.setCellValue(SafeText.fit(value));
            cell.setCellStyle(SafeText.looksLikeFormula(value) ? workbook.quotedText() : workbook.style(CellKind.TEXT));
        }
        return this;
    }

    public SummarySheet dateTime(String labelKey, LocalDateTime value) {
        Cell cell = label(labelKey).createCell(1);
        cell.setCellValue(value);
        cell.setCellStyle(workbook.style(CellKind.DATE_TIME));
        return this;
    }

    /** A key figure, formatted as its kind says (INTEGER, MONEY, PERCENT, DECIMAL). */
    public SummarySheet figure(String labelKey, CellKind kind, Number value) {
        Row row = label(labelKey);
        if (value != null) {
            Cell cell = row.createCell(1);
            cell.setCellValue(value instanceof BigDecimal decimal ? decimal.doubleValue() : value.doubleValue());
            cell.setCellStyle(workbook.style(kind));
        }
        return this;
    }

    private Row label(String labelKey) {
        Row row = sheet.createRow(nextRow++);
        row.createCell(0).setCellValue(workbook.labels().get(labelKey));
        return row;
    }
}
