package com.tierflow.demo;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One sheet written through SXSSF, which keeps only a window of rows in memory, so a million rows fit in a
 * small heap. Text is written as string cells; numeric columns as numeric cells unless the value is broken.
 */
final class XlsxOrderRowSink implements OrderRowSink {

    /** Excel's row limit, header included. */
    static final int MAX_ROWS = 1_048_576;

    private static final int ROWS_IN_MEMORY = 100;
    private static final int COLUMN_WIDTH = 16 * 256;

    private final Path target;
    private final SXSSFWorkbook workbook;
    private final Sheet sheet;
    private final CellStyle moneyStyle;
    private final CellStyle headerStyle;
    private int nextRowIndex;
    private int columnCount;

    XlsxOrderRowSink(Path target) {
        this.target = target;
        this.workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        // the temporary sheet XML of a million rows runs to hundreds of MB uncompressed
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet("订单");
        this.moneyStyle = workbook.createCellStyle();
        moneyStyle.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        this.headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
    }

    @Override
    public void writeHeader(List<String> names) {
        Row header = sheet.createRow(nextRowIndex++);
        for (int column = 0; column < names.size(); column++) {
            Cell cell = header.createCell(column);
            cell.setCellValue(names.get(column));
            cell.setCellStyle(headerStyle);
        }
        columnCount = names.size();
    }

    @Override
    public void writeRow(String[] values) {
        Row row = sheet.createRow(nextRowIndex++);
        for (int column = 0; column < values.length; column++) {
            String value = values[column];
            if (value.isEmpty()) {
                // an empty field is a missing cell in Excel, not an empty string
                continue;
            }
            Cell cell = row.createCell(column);
            if (OrderColumns.isNumeric(column) && OrderColumns.isPlainNumber(value)) {
                cell.setCellValue(Double.parseDouble(value));
                if (OrderColumns.isMoney(column)) {
                    cell.setCellStyle(moneyStyle);
                }
            } else {
                cell.setCellValue(value);
            }
        }
    }

    @Override
    public void close() throws IOException {
        // widths are set last: once columns are defined POI looks up every new cell's column, about a third of the time
        for (int column = 0; column < columnCount; column++) {
            sheet.setColumnWidth(column, COLUMN_WIDTH);
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target))) {
            workbook.write(out);
        } finally {
            // close() also disposes of the temporary sheet files (POI bug 68183); dispose() is deprecated in 5.5
            workbook.close();
        }
    }
}
