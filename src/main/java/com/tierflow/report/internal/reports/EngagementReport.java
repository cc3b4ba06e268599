package com.tierflow.report.internal.reports;

import static com.tierflow.report.internal.workbook.Column.date;
import static com.tierflow.report.internal.workbook.Column.integer;
import static com.tierflow.report.internal.workbook.Column.percent;
import static com.tierflow.report.internal.workbook.Column.text;

import com.tierflow.report.internal.ReportContext;
import com.tierflow.report.internal.ReportParameter;
import com.tierflow.report.internal.reports.EngagementQueries.MonthCounts;
import com.tierflow.report.internal.reports.EngagementQueries.OverdueTask;
import com.tierflow.report.internal.reports.EngagementQueries.TaskCounts;
import com.tierflow.report.internal.workbook.CellKind;
import com.tierflow.report.internal.workbook.Charts;
import com.tierflow.report.internal.workbook.Charts.Place;
import com.tierflow.report.internal.workbook.Charts.Series;
import com.tierflow.report.internal.workbook.Column;
import com.tierflow.report.internal.workbook.TableSheet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Engagement: care and promotion tasks created in the window, done, open and overdue, closed late; outcomes; the
 * purchase-after-task rate (the customer bought again within the task's effect window, among the tasks checked so far)
 * by purpose, outcome and tier; created and done per month; the open overdue tasks with their customers' contacts
 * (masked unless the requester may see them).
 */
@Component
class EngagementReport extends QueryReport<EngagementQueries> {

    static final String KIND = "engagement";
    private static final int OVERDUE_TASKS = 10_000;

    EngagementReport(EngagementQueries queries) {
        super(KIND, queries, ReportParameter.CHANNELS, ReportParameter.PROVINCES, ReportParameter.TIERS);
    }

    @Override
    public long write(ReportContext context) {
        List<Bucket> months = Buckets.months(context);
        Window window = Window.of(context, months);
        Instant now = context.generatedAt();
        List<TaskCounts> byPurpose = queries.counts(window, now, "PURPOSE");
        long checked = byPurpose.stream().mapToLong(TaskCounts::checked).sum();
        long bought = byPurpose.stream().mapToLong(TaskCounts::bought).sum();
        context.summary().section("summary.figures")
                .figure("kpi.tasksCreated", CellKind.INTEGER, byPurpose.stream().mapToLong(TaskCounts::created).sum())
                .figure("kpi.tasksDone", CellKind.INTEGER, byPurpose.stream().mapToLong(TaskCounts::done).sum())
                .figure("kpi.tasksOpen", CellKind.INTEGER, byPurpose.stream().mapToLong(TaskCounts::open).sum())
                .figure("kpi.tasksOverdue", CellKind.INTEGER, byPurpose.stream().mapToLong(TaskCounts::overdue).sum())
                .figure("kpi.effectChecked", CellKind.INTEGER, checked)
                .figure("kpi.purchaseAfterTask", CellKind.PERCENT, Ratios.rate(bought, checked));
        long rows = counts(context, "sheet.tasksByPurpose", null, byPurpose, true);
        rows += counts(context, "sheet.tasksByOutcome", "col.outcome", queries.counts(window, now, "OUTCOME"), false);
        rows += counts(context, "sheet.tasksByTier", "col.tier", queries.counts(window, now, "TIER"), false);
        context.progress(50);
        rows += months(context, months, queries.byMonth(window));
        context.progress(70);
        rows += overdue(context, queries.overdue(window, now, OVERDUE_TASKS), now);
        return rows;
    }

    private long counts(ReportContext context, String sheetKey, String groupKey, List<TaskCounts> rows, boolean chart) {
        List<Column> columns = new ArrayList<>();
        columns.add(text("col.purpose", 14));
        if (groupKey != null) {
            columns.add(text(groupKey, 16));
        }
        columns.addAll(List.of(integer("col.created"), integer("col.done"), integer("col.open"), integer("col.overdue"),
                integer("col.closedLate"), percent("col.doneRate"), integer("col.effectChecked"),
                integer("col.boughtAgain"), percent("col.purchaseAfterTask")));
        TableSheet sheet = context.workbook().table(sheetKey, columns);
        for (TaskCounts c : rows) {
            List<Object> cells = new ArrayList<>();
            cells.add(context.labels().get("value.purpose." + c.purpose()));
            if (groupKey != null) {
                cells.add(group(context, groupKey, c.groupKey()));
            }
            cells.addAll(List.of(c.created(), c.done(), c.open(), c.overdue(), c.late()));
            cells.add(Ratios.rate(c.done(), c.created()));
            cells.addAll(List.of(c.checked(), c.bought()));
            cells.add(Ratios.rate(c.bought(), c.checked()));
            sheet.row(cells.toArray());
        }
        sheet.finish();
        if (chart && !rows.isEmpty()) {
            String[] names = rows.stream().map(c -> context.labels().get("value.purpose." + c.purpose()))
                    .toArray(String[]::new);
            Charts.bar(sheet, new Place(columns.size() + 1, 1, 10, 18), context.labels().get("chart.tasks"), names,
                    sheet.range(0), List.of(
                            new Series(sheet.headerText(1), rows.stream().map(TaskCounts::created).toArray(Number[]::new), sheet.range(1)),
                            new Series(sheet.headerText(2), rows.stream().map(TaskCounts::done).toArray(Number[]::new), sheet.range(2)),
                            new Series(sheet.headerText(4), rows.stream().map(TaskCounts::overdue).toArray(Number[]::new), sheet.range(4))));
        }
        return rows.size();
    }

    /** A tier as its code; an outcome in words where the labels know it (new outcomes show as their code). */
    private static String group(ReportContext context, String groupKey, String value) {
        if (value.isEmpty()) {
            return context.labels().get(groupKey.equals("col.tier") ? "value.unclassified" : "value.openTask");
        }
        String key = "value.taskOutcome." + value;
        String label = groupKey.equals("col.outcome") ? context.labels().get(key) : key;
        return label.equals(key) ? value : label;
    }

    private long months(ReportContext context, List<Bucket> months, List<MonthCounts> rows) {
        TableSheet sheet = context.workbook().table("sheet.tasksByMonth", List.of(date("col.periodStart"),
                text("col.purpose", 14), integer("col.created"), integer("col.done"), percent("col.doneRate")));
        rows.forEach(r -> sheet.row(months.get(r.idx()).firstDay, context.labels().get("value.purpose." + r.purpose()),
                r.created(), r.done(), Ratios.rate(r.done(), r.created())));
        sheet.finish();
        return rows.size();
    }

    private long overdue(ReportContext context, List<OverdueTask> tasks, Instant now) {
        List<Column> columns = new ArrayList<>(List.of(new Column("col.taskId", CellKind.ID, 10), text("col.purpose", 14),
                text("col.reason", 40)));
        columns.addAll(CrossSellReport.CUSTOMER_COLUMNS);
        columns.addAll(List.of(new Column("col.taskCreatedAt", CellKind.DATE_TIME, 20),
                new Column("col.dueAt", CellKind.DATE_TIME, 20), integer("col.daysOverdue")));
        TableSheet sheet = context.workbook().table("sheet.overdueTasks", columns);
        tasks.forEach(t -> sheet.row(t.taskId(), context.labels().get("value.purpose." + t.purpose()), t.reason(),
                t.customerId(), t.name(), t.phone(), t.email(), t.province(), context.local(t.createdAt()),
                context.local(t.dueAt()), Duration.between(t.dueAt(), now).toDays()));
        sheet.finish();
        return tasks.size();
    }
}
