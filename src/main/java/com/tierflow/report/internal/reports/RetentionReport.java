package com.tierflow.report.internal.reports;

import static com.tierflow.report.internal.workbook.Column.integer;
import static com.tierflow.report.internal.workbook.Column.percent;
import static com.tierflow.report.internal.workbook.Column.text;

import com.tierflow.report.internal.ReportContext;
import com.tierflow.report.internal.ReportParameter;
import com.tierflow.report.internal.reports.ReportQueries.Churn;
import com.tierflow.report.internal.reports.ReportQueries.CohortCell;
import com.tierflow.report.internal.reports.ReportQueries.ProbabilityBand;
import com.tierflow.report.internal.workbook.CellKind;
import com.tierflow.report.internal.workbook.Charts;
import com.tierflow.report.internal.workbook.Charts.Place;
import com.tierflow.report.internal.workbook.Charts.Series;
import com.tierflow.report.internal.workbook.Column;
import com.tierflow.report.internal.workbook.TableSheet;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.ConditionalFormattingRule;
import org.apache.poi.ss.usermodel.ExtendedColor;
import org.apache.poi.ss.usermodel.SheetConditionalFormatting;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.springframework.stereotype.Component;

/**
 * Retention and churn: monthly cohorts (month of first order × months since, colour-scaled) and the churn rate by
 * channel and by province, where a customer who ordered in the window but not in its last {@code churnDays} days has
 * churned; the churn rate by current tier; the distribution of the churn probability (1 − P(alive) of the BG/NBD model
 * of the current classification) over the window's customers.
 */
@Component
class RetentionReport extends QueryReport<ReportQueries> {

    static final String KIND = "retention";
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    RetentionReport(ReportQueries queries) {
        super(KIND, queries, ReportParameter.CHANNELS, ReportParameter.PROVINCES, ReportParameter.TIERS,
                ReportParameter.CHURN_DAYS);
    }

    @Override
    public long write(ReportContext context) {
        List<Bucket> months = Buckets.months(context);
        Window window = Window.of(context, months);
        Instant churnBefore = context.toExclusive().minus(Duration.ofDays(context.parameters().churnDays()));
        List<Churn> byChannel = queries.churnByChannel(window, churnBefore);
        List<Churn> byProvince = queries.churnByProvince(window, churnBefore);
        long customers = queries.orderFigures(window).customers();
        long churned = byProvince.stream().mapToLong(Churn::churned).sum();
        context.summary().section("summary.figures")
                .figure("kpi.churnDays", CellKind.INTEGER, context.parameters().churnDays())
                .figure("kpi.customers", CellKind.INTEGER, customers)
                .figure("kpi.churned", CellKind.INTEGER, churned)
                .figure("kpi.churnRate", CellKind.PERCENT, Ratios.rate(churned, customers));
        context.progress(20);
        long rows = cohorts(context, window, months);
        context.progress(60);
        rows += churn(context, "sheet.churnByChannel", "col.channel", byChannel, true);
        rows += churn(context, "sheet.churnByProvince", "col.province", byProvince, false);
        List<Churn> byTier = queries.churnByTier(window, churnBefore).stream()
                .map(c -> c.groupKey().isEmpty() ? new Churn(context.labels().get("value.unclassified"), c.customers(),
                        c.churned()) : c).toList();
        rows += churn(context, "sheet.churnByTier", "col.tier", byTier, false);
        context.progress(80);
        rows += probabilities(context, queries.churnProbabilities(window));
        return rows;
    }

    private long cohorts(ReportContext context, Window window, List<Bucket> months) {
        List<CohortCell> cells = queries.cohorts(window);
        int width = months.size();
        long[][] counts = new long[width][width];
        cells.forEach(cell -> counts[cell.cohortIdx()][cell.monthsSince()] = cell.customers());
        List<Column> columns = new ArrayList<>();
        columns.add(text("col.cohort", 12));
        columns.add(integer("col.cohortSize"));
        for (int m = 0; m < width; m++) {
            columns.add(new Column(context.labels().get("col.monthN", m), CellKind.PERCENT, 9));
        }
        TableSheet sheet = context.workbook().table("sheet.cohorts", columns);
        for (Bucket cohort : months) {
            Object[] row = new Object[width + 2];
            row[0] = MONTH.format(cohort.firstDay);
            long size = counts[cohort.idx][0];
            row[1] = size;
            // months after the window's end are unknown, not zero
            for (int m = 0; m < width - cohort.idx; m++) {
                row[m + 2] = size == 0 ? null : Ratios.rate(counts[cohort.idx][m], size);
            }
            sheet.row(row);
        }
        int last = sheet.finish();
        if (last >= 1) {
            SheetConditionalFormatting formatting = sheet.sheet().getSheetConditionalFormatting();
            ConditionalFormattingRule scale = formatting.createConditionalFormattingColorScaleRule();
            var colourScale = scale.getColorScaleFormatting();
            colourScale.getThresholds()[0].setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.MIN);
            colourScale.getThresholds()[1].setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.PERCENTILE);
            colourScale.getThresholds()[1].setValue(50d);
            colourScale.getThresholds()[2].setRangeType(org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.MAX);
            colourScale.setColors(new ExtendedColor[] {rgb(0xF8, 0x69, 0x6B), rgb(0xFF, 0xEB, 0x84), rgb(0x63, 0xBE, 0x7B)});
            formatting.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, last, 2, width + 1)}, scale);
        }
        return months.size();
    }

    private long churn(ReportContext context, String sheetKey, String groupKey, List<Churn> rows, boolean chart) {
        TableSheet sheet = context.workbook().table(sheetKey, List.of(text(groupKey, 16), integer("col.customers"),
                integer("col.churned"), percent("col.churnRate")));
        rows.forEach(row -> sheet.row(row.groupKey(), row.customers(), row.churned(), Ratios.rate(row.churned(), row.customers())));
        sheet.finish();
        if (chart && !rows.isEmpty()) {
            Charts.bar(sheet, new Place(5, 1, 10, 18), context.labels().get("chart.churnByChannel"),
                    rows.stream().map(Churn::groupKey).toArray(String[]::new), sheet.range(0),
                    List.of(new Series(sheet.headerText(3),
                            rows.stream().map(r -> Ratios.rate(r.churned(), r.customers())).toArray(Number[]::new),
                            sheet.range(3))));
        }
        return rows.size();
    }

    /** Ten bands of churn probability and one for customers the model could not score, with a bar chart. */
    private long probabilities(ReportContext context, List<ProbabilityBand> bands) {
        long[] counts = new long[11];
        bands.forEach(b -> counts[b.band() + 1] = b.customers());
        long all = java.util.Arrays.stream(counts).sum();
        TableSheet sheet = context.workbook().table("sheet.churnProbability", List.of(text("col.churnProbability", 18),
                integer("col.customers"), percent("col.share")));
        String[] names = new String[10];
        Number[] values = new Number[10];
        for (int band = 0; band < 10; band++) {
            names[band] = (band * 10) + "–" + (band * 10 + 10) + "%";
            values[band] = counts[band + 1];
            sheet.row(names[band], counts[band + 1], Ratios.rate(counts[band + 1], all));
        }
        sheet.row(context.labels().get("value.notModelled"), counts[0], Ratios.rate(counts[0], all));
        sheet.finish();
        Charts.bar(sheet, new Place(4, 1, 10, 18), context.labels().get("chart.churnProbability"), names,
                sheet.range(0, 1, 10), List.of(new Series(sheet.headerText(1), values, sheet.range(1, 1, 10))));
        return 11;
    }

    private static XSSFColor rgb(int r, int g, int b) {
        return new XSSFColor(new byte[] {(byte) r, (byte) g, (byte) b}, null);
    }
}
