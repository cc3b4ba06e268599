package com.tierflow.intake.internal;

import com.tierflow.intake.ImportRecord;
import com.tierflow.intake.internal.persistence.ImportMapper;
import com.tierflow.intake.internal.persistence.ProblemRow;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * The per-file error report a clerk downloads: one row per problem with the row number, column, reason and the
 * original values. Streamed, so a file with a million bad rows still fits the heap; values are always text cells,
 * so "=cmd|…" from a file never becomes a formula.
 */
@Component
class ErrorReportWriter {

    private static final int PAGE = 10_000;
    private static final String[] HEADERS = {"Row", "Column", "Reason", "Message", "Original values"};
    private static final int[] WIDTHS = {10, 18, 24, 80, 120};

    private final ImportMapper imports;

    ErrorReportWriter(ImportMapper imports) {
        this.imports = imports;
    }

    void write(ImportRecord record, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        workbook.setCompressTempFiles(true);
        try {
            CellStyle header = headerStyle(workbook);
            writeSummary(workbook.createSheet("Summary"), record, header);
            SXSSFSheet sheet = workbook.createSheet("Problems");
            Row top = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                Cell cell = top.createCell(i);
                cell.setCellValue(HEADERS[i]);
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            sheet.createFreezePane(0, 1);
            int rowIndex = 1;
            for (int offset = 0; ; offset += PAGE) {
                List<ProblemRow> page = imports.findProblems(record.id(), offset, PAGE);
                for (ProblemRow problem : page) {
                    Row row = sheet.createRow(rowIndex++);
                    if (problem.rowNo() != null) {
                        row.createCell(0).setCellValue(problem.rowNo());
                    }
                    text(row, 1, problem.columnName());
                    text(row, 2, problem.reason());
                    text(row, 3, problem.message());
                    text(row, 4, problem.rawValues());
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rowIndex - 1), 0, HEADERS.length - 1));
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private static void writeSummary(Sheet sheet, ImportRecord record, CellStyle header) {
        Object[][] lines = {
                {"Import", record.id()}, {"Channel", record.channelCode()}, {"File", record.fileName()},
                {"Status", record.status().name()}, {"Message", record.message()},
                {"Rows read", record.rowsRead()}, {"Rows imported", record.rowsImported()},
                {"Rows skipped", record.rowsSkipped()}, {"Rows of known orders", record.rowsDuplicate()},
                {"Rows in conflict", record.rowsConflict()}, {"Orders imported", record.ordersImported()},
                {"Received", String.valueOf(record.createdAt())}, {"Finished", String.valueOf(record.finishedAt())}};
        sheet.setColumnWidth(0, 24 * 256);
        sheet.setColumnWidth(1, 100 * 256);
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            Cell label = row.createCell(0);
            label.setCellValue((String) lines[i][0]);
            label.setCellStyle(header);
            Object value = lines[i][1];
            if (value instanceof Number number) {
                row.createCell(1).setCellValue(number.doubleValue());
            } else {
                text(row, 1, value == null ? "" : value.toString());
            }
        }
    }

    private static void text(Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        return style;
    }
}
