package com.tierflow.report.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReportWorkbookTest {

    @Test
    void shouldWriteSummaryFirstThenStyledFilteredTablesWithCharts() throws Exception {
        XSSFWorkbook book = write(false);

        assertThat(book.getSheetName(0)).isEqualTo("Summary");
        XSSFSheet table = book.getSheetAt(1);
        assertThat(table.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Channel");
        assertThat(table.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
        assertThat(table.getPaneInformation().isFreezePane()).isTrue();
        assertThat(table.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(table.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F3");
        assertThat(table.getColumnWidth(0)).isEqualTo(16 * 256);
        assertThat(table.getRow(1).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(table.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(1234.5);
        assertThat(table.getRow(1).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
        assertThat(table.getRow(1).getCell(4).getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
        assertThat(table.getRow(1).getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 5, 1));
        assertThat(table.getDrawingPatriarch().getCharts()).hasSize(1);
        assertThat(table.getDrawingPatriarch().getCharts().get(0).getCTChart().getPlotArea().getBarChartList()).hasSize(1);
    }

    @Test
    void shouldWriteFormulaLikeTextAsQuotedTextNeverAsFormula() throws Exception {
        XSSFSheet table = write(false).getSheetAt(1);

        Cell payload = table.getRow(2).getCell(0);
        assertThat(payload.getCellType()).isEqualTo(CellType.STRING);
        assertThat(payload.getStringCellValue()).isEqualTo("=cmd|' /C calc'!A0");
        assertThat(payload.getCellStyle().getQuotePrefixed()).isTrue();
        assertThat(table.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
    }

    @Test
    void shouldMaskContactsUnlessTheyMayBeSeen() throws Exception {
        assertThat(write(false).getSheetAt(1).getRow(1).getCell(5).getStringCellValue()).isEqualTo("138****8000");
        assertThat(write(true).getSheetAt(1).getRow(1).getCell(5).getStringCellValue()).isEqualTo("13800138000");
    }

    @Test
    void shouldWriteChineseLabels() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWorkbook workbook = new ReportWorkbook(Labels.of("zh"), false)) {
            workbook.summary("report.orders");
            workbook.table("sheet.byCity", List.of(Column.text("col.city", 10))).finish();
            workbook.write(out);
        }
        XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        assertThat(book.getSheetName(0)).isEqualTo("摘要");
        assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("订单报表");
        assertThat(book.getSheetAt(1).getRow(0).getCell(0).getStringCellValue()).isEqualTo("城市");
    }

    private static XSSFWorkbook write(boolean contactsVisible) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ReportWorkbook workbook = new ReportWorkbook(Labels.of("en"), contactsVisible)) {
            workbook.summary("report.orders").section("summary.figures").figure("kpi.orders", CellKind.INTEGER, 2);
            TableSheet table = workbook.table("sheet.byChannel", List.of(Column.text("col.channel", 16),
                    Column.integer("col.orders"), Column.money("col.total"), Column.percent("col.share"),
                    Column.date("col.periodStart"), new Column("col.phone", CellKind.PHONE, 14)));
            table.row("TMALL", 3, new BigDecimal("1234.50"), new BigDecimal("0.25"), LocalDate.of(2024, 5, 1), "13800138000");
            table.row("=cmd|' /C calc'!A0", 1, new BigDecimal("10.00"), new BigDecimal("0.75"), LocalDate.of(2024, 5, 2), null);
            table.finish();
            Charts.bar(table, new Charts.Place(7, 1, 8, 15), "Orders", new String[] {"TMALL", "X"}, table.range(0),
                    List.of(new Charts.Series("Orders", new Number[] {3, 1}, table.range(1))));
            workbook.write(out);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
