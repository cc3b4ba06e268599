package com.tierflow.report.internal.reports;

import static com.tierflow.report.internal.workbook.Column.integer;
import static com.tierflow.report.internal.workbook.Column.percent;
import static com.tierflow.report.internal.workbook.Column.text;

import com.tierflow.report.internal.ReportContext;
import com.tierflow.report.internal.ReportParameter;
import com.tierflow.report.internal.reports.ReportQueries.ImportChannel;
import com.tierflow.report.internal.reports.ReportQueries.ImportFile;
import com.tierflow.report.internal.reports.ReportQueries.ImportReason;
import com.tierflow.report.internal.workbook.CellKind;
import com.tierflow.report.internal.workbook.Charts;
import com.tierflow.report.internal.workbook.Charts.Place;
import com.tierflow.report.internal.workbook.Charts.Series;
import com.tierflow.report.internal.workbook.Column;
import com.tierflow.report.internal.workbook.TableSheet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Imports: files and rows per channel with their outcomes, skipped rows by reason per channel (bar chart), and the
 * files themselves; the window applies to when files arrived. The per-file error report stays with each import.
 */
@Component
class ImportsReport extends QueryReport<ReportQueries> {

    static final String KIND = "imports";
    private static final int FILES = 50_000;

    ImportsReport(ReportQueries queries) {
        super(KIND, queries, ReportParameter.CHANNELS);
    }

    @Override
    public long write(ReportContext context) {
        Window window = Window.of(context, List.of());
        List<ImportChannel> channels = queries.importsByChannel(window);
        List<ImportReason> reasons = queries.importSkipsByReason(window);
        long read = channels.stream().mapToLong(ImportChannel::rowsRead).sum();
        long skipped = channels.stream().mapToLong(ImportChannel::rowsSkipped).sum();
        context.summary().section("summary.figures")
                .figure("kpi.files", CellKind.INTEGER, channels.stream().mapToLong(ImportChannel::files).sum())
                .figure("kpi.failedFiles", CellKind.INTEGER, channels.stream().mapToLong(ImportChannel::failed).sum())
                .figure("kpi.rowsRead", CellKind.INTEGER, read)
                .figure("kpi.rowsImported", CellKind.INTEGER, channels.stream().mapToLong(ImportChannel::rowsImported).sum())
                .figure("kpi.rowsSkipped", CellKind.INTEGER, skipped)
                .figure("kpi.skipRate", CellKind.PERCENT, Ratios.rate(skipped, read));
        TableSheet sheet = context.workbook().table("sheet.importsByChannel", List.of(text("col.channel", 16),
                integer("col.files"), integer("col.completed"), integer("col.withErrors"), integer("col.failed"),
                integer("col.duplicates"), integer("col.rowsRead"), integer("col.rowsImported"),
                integer("col.rowsSkipped"), integer("col.rowsDuplicate"), integer("col.rowsConflict"),
                percent("col.skipRate")));
        channels.forEach(c -> sheet.row(c.channelCode(), c.files(), c.completed(), c.withErrors(), c.failed(),
                c.duplicates(), c.rowsRead(), c.rowsImported(), c.rowsSkipped(), c.rowsDuplicate(), c.rowsConflict(),
                Ratios.rate(c.rowsSkipped(), c.rowsRead())));
        sheet.finish();

        TableSheet byReason = context.workbook().table("sheet.skipsByReason", List.of(text("col.channel", 16),
                text("col.reason", 24), integer("col.problems")));
        reasons.forEach(r -> byReason.row(r.channelCode(), r.reason(), r.problems()));
        byReason.finish();
        Map<String, Long> totals = new LinkedHashMap<>();
        reasons.forEach(r -> totals.merge(r.reason(), r.problems(), Long::sum));
        TableSheet reasonTotals = context.workbook().table("sheet.skipReasons", List.of(text("col.reason", 24),
                integer("col.problems")));
        List<Map.Entry<String, Long>> ranked = totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).toList();
        ranked.forEach(e -> reasonTotals.row(e.getKey(), e.getValue()));
        reasonTotals.finish();
        if (!ranked.isEmpty()) {
            Charts.bar(reasonTotals, new Place(3, 1, 12, 18), context.labels().get("chart.skipsByReason"),
                    ranked.stream().map(Map.Entry::getKey).toArray(String[]::new), reasonTotals.range(0),
                    List.of(new Series(reasonTotals.headerText(1),
                            ranked.stream().map(Map.Entry::getValue).toArray(Number[]::new), reasonTotals.range(1))));
        }
        context.progress(60);

        List<ImportFile> files = queries.importFiles(window, FILES);
        TableSheet fileSheet = context.workbook().table("sheet.importFiles", List.of(
                new Column("col.importId", CellKind.ID, 10), text("col.channel", 16), text("col.fileName", 36),
                text("col.status", 22), integer("col.rowsRead"), integer("col.rowsImported"),
                integer("col.rowsSkipped"), text("col.requestedBy", 16), new Column("col.createdAt", CellKind.DATE_TIME, 20)));
        files.forEach(f -> fileSheet.row(f.id(), f.channelCode(), f.fileName(), f.status(), f.rowsRead(),
                f.rowsImported(), f.rowsSkipped(), f.requestedBy(), context.local(f.createdAt())));
        fileSheet.finish();
        return channels.size() + reasons.size() + ranked.size() + files.size();
    }
}
