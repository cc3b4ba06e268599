package com.tierflow.report.internal.workbook;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A report workbook on SXSSF: a summary sheet first, then table sheets with styled, frozen and filtered headers, typed
 * and formatted cells, fixed column widths and native charts. Rows stream to temporary files, so a million-row sheet
 * fits a small heap; {@link #close()} always removes those files.
 */
public final class ReportWorkbook implements Closeable {

    /** Rows kept in memory per sheet; the rest is on disk. */
    private static final int WINDOW = 200;

    private final SXSSFWorkbook workbook;
    private final Labels labels;
    private final boolean contactsVisible;
    private final Map<CellKind, CellStyle> styles = new EnumMap<>(CellKind.class);
    private final CellStyle quotedText;
    private final CellStyle header;
    private final CellStyle title;

    public ReportWorkbook(Labels labels, boolean contactsVisible) {
        // temporary files uncompressed: about 8x the workbook on disk, but gzip would cost a third of the export's time
        this.workbook = new SXSSFWorkbook(null, WINDOW, false, false);
        this.labels = labels;
        this.contactsVisible = contactsVisible;
        DataFormat formats = workbook.createDataFormat();
        styles.put(CellKind.TEXT, workbook.createCellStyle());
        styles.put(CellKind.PHONE, styles.get(CellKind.TEXT));
        styles.put(CellKind.EMAIL, styles.get(CellKind.TEXT));
        styles.put(CellKind.INTEGER, formatted(formats, "#,##0"));
        styles.put(CellKind.ID, formatted(formats, "0"));
        styles.put(CellKind.MONEY, formatted(formats, "#,##0.00"));
        styles.put(CellKind.PERCENT, formatted(formats, "0.0%"));
        styles.put(CellKind.DECIMAL, formatted(formats, "0.000"));
        styles.put(CellKind.DATE, formatted(formats, "yyyy-mm-dd"));
        styles.put(CellKind.DATE_TIME, formatted(formats, "yyyy-mm-dd hh:mm:ss"));
        quotedText = workbook.createCellStyle();
        quotedText.setQuotePrefixed(true);
        header = headerStyle();
        title = workbook.createCellStyle();
        Font titleFont = workbook.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title.setFont(titleFont);
    }

    public Labels labels() {
        return labels;
    }

    public boolean contactsVisible() {
        return contactsVisible;
    }

    /** The summary sheet; create it before any table so that it comes first. */
    public SummarySheet summary(String titleKey) {
        return new SummarySheet(this, sheet("sheet.summary"), labels.get(titleKey));
    }

    /** A table sheet named by the label under {@code nameKey}, its header row written and frozen. */
    public TableSheet table(String nameKey, List<Column> columns) {
        return new TableSheet(this, sheet(nameKey), columns);
    }

    public void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.close();
        workbook.dispose();
    }

    CellStyle style(CellKind kind) {
        return styles.get(kind);
    }

    CellStyle quotedText() {
        return quotedText;
    }

    CellStyle header() {
        return header;
    }

    CellStyle title() {
        return title;
    }

    private SXSSFSheet sheet(String nameKey) {
        String name = WorkbookUtil.createSafeSheetName(labels.get(nameKey));
        return workbook.createSheet(name);
    }

    private CellStyle formatted(DataFormat formats, String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(formats.getFormat(format));
        return style;
    }

    private CellStyle headerStyle() {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        font.setColor(IndexedColors.WHITE.getIndex());
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.DARK_TEAL.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setAlignment(HorizontalAlignment.CENTER);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setWrapText(true);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }
}
