package com.tierflow.report.internal.reports;

import static com.tierflow.report.internal.workbook.Column.date;
import static com.tierflow.report.internal.workbook.Column.decimal;
import static com.tierflow.report.internal.workbook.Column.integer;
import static com.tierflow.report.internal.workbook.Column.money;
import static com.tierflow.report.internal.workbook.Column.percent;
import static com.tierflow.report.internal.workbook.Column.text;

import com.tierflow.classification.CustomerTier;
import com.tierflow.report.internal.ReportContext;
import com.tierflow.report.internal.ReportParameter;
import com.tierflow.report.internal.reports.CustomerQueries.Dimension;
import com.tierflow.report.internal.reports.CustomerQueries.Group;
import com.tierflow.report.internal.reports.CustomerQueries.Migration;
import com.tierflow.report.internal.reports.CustomerQueries.TagCount;
import com.tierflow.report.internal.reports.CustomerQueries.TopCustomer;
import com.tierflow.report.internal.workbook.CellKind;
import com.tierflow.report.internal.workbook.Charts;
import com.tierflow.report.internal.workbook.Charts.Place;
import com.tierflow.report.internal.workbook.Charts.Series;
import com.tierflow.report.internal.workbook.Column;
import com.tierflow.report.internal.workbook.TableSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Customers, from their current classification: tiers (pie chart), segments, lifecycle stages (bar chart), the top
 * customers by net value and by 12-month CLV (contacts masked unless the requester may see them), the tier migration
 * matrix between two days (from the classification history), and tag counts. The customers are those classified who
 * ordered in the window, channels, provinces and tiers.
 */
@Component
class CustomersReport extends QueryReport<CustomerQueries> {

    static final String KIND = "customers";
    private static final int TOP = 200;
    private static final int TAGS = 500;


    CustomersReport(CustomerQueries queries) {
        super(KIND, queries, ReportParameter.CHANNELS, ReportParameter.PROVINCES, ReportParameter.TIERS,
                ReportParameter.MIGRATION_DATES);
    }

    @Override
    public long write(ReportContext context) {
        Window window = Window.of(context, List.of());
        List<Group> tiers = queries.distribution(window, Dimension.TIER);
        long customers = tiers.stream().mapToLong(Group::customers).sum();
        BigDecimal value = tiers.stream().map(Group::netValue).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal clv = tiers.stream().map(Group::clv).reduce(BigDecimal.ZERO, BigDecimal::add);
        context.summary().section("summary.figures")
                .figure("kpi.classifiedCustomers", CellKind.INTEGER, customers)
                .figure("kpi.netValue", CellKind.MONEY, value)
                .figure("kpi.clv", CellKind.MONEY, clv)
                .figure("kpi.averageClv", CellKind.MONEY, Ratios.average(clv, customers))
                .text("kpi.migrationDays", context.parameters().migrationStart() + " → "
                        + context.parameters().migrationEnd());
        long rows = distribution(context, "sheet.tiers", "col.tier", tiers, value, true);
        rows += distribution(context, "sheet.segments", "col.segment", queries.distribution(window, Dimension.SEGMENT),
                value, false);
        rows += distribution(context, "sheet.stages", "col.stage", queries.distribution(window, Dimension.STAGE),
                value, true);
        context.progress(30);
        rows += top(context, "sheet.topByValue", queries.topCustomers(window, false, TOP));
        rows += top(context, "sheet.topByClv", queries.topCustomers(window, true, TOP));
        context.progress(60);
        rows += migration(context, queries.tierMigration(window, context.parameters().migrationStart(),
                context.parameters().migrationEnd()));
        context.progress(80);
        rows += tags(context, queries.tags(window, TAGS), customers);
        return rows;
    }

    private long distribution(ReportContext context, String sheetKey, String groupKey, List<Group> groups,
            BigDecimal allValue, boolean chart) {
        long all = groups.stream().mapToLong(Group::customers).sum();
        TableSheet sheet = context.workbook().table(sheetKey, List.of(text(groupKey, 20), integer("col.customers"),
                percent("col.share"), money("col.netValue"), percent("col.valueShare"), money("col.clv"),
                money("col.averageClv"), decimal("col.averageRecencyDays")));
        groups.forEach(g -> sheet.row(g.groupKey(), g.customers(), Ratios.rate(g.customers(), all), g.netValue(),
                Ratios.share(g.netValue(), allValue), g.clv(), Ratios.average(g.clv(), g.customers()),
                g.averageRecencyDays()));
        sheet.finish();
        if (chart && !groups.isEmpty()) {
            String[] names = groups.stream().map(Group::groupKey).toArray(String[]::new);
            Series series = new Series(sheet.headerText(1), groups.stream().map(Group::customers).toArray(Number[]::new),
                    sheet.range(1));
            Place place = new Place(9, 1, 9, 18);
            if ("sheet.tiers".equals(sheetKey)) {
                Charts.pie(sheet, place, context.labels().get("chart.tiers"), names, sheet.range(0), series);
            } else {
                Charts.bar(sheet, place, context.labels().get("chart.stages"), names, sheet.range(0), List.of(series));
            }
        }
        return groups.size();
    }

    private long top(ReportContext context, String sheetKey, List<TopCustomer> customers) {
        List<Column> columns = new ArrayList<>(CrossSellReport.CUSTOMER_COLUMNS);
        columns.addAll(List.of(text("col.tier", 10), text("col.segment", 18), text("col.stage", 10),
                integer("col.orders"), money("col.netValue"), money("col.clv"), percent("col.pAlive"),
                date("col.lastPurchase")));
        TableSheet sheet = context.workbook().table(sheetKey, columns);
        customers.forEach(c -> sheet.row(c.customerId(), c.name(), c.phone(), c.email(), c.province(), c.tier(),
                c.segment(), c.stage(), c.orders(), c.netValue(), c.clv(), c.pAlive(), c.lastPurchase()));
        sheet.finish();
        return customers.size();
    }

    /** Rows: the tier on the first day; columns: the tier on the second; "none" for customers not yet tiered. */
    private long migration(ReportContext context, List<Migration> cells) {
        String none = context.labels().get("value.noTier");
        List<String> tiers = new ArrayList<>(Arrays.stream(CustomerTier.values()).map(Enum::name).toList());
        cells.forEach(c -> {
            if (!c.fromTier().isEmpty() && !tiers.contains(c.fromTier())) {
                tiers.add(c.fromTier());
            }
            if (!c.toTier().isEmpty() && !tiers.contains(c.toTier())) {
                tiers.add(c.toTier());
            }
        });
        tiers.add("");
        Map<String, Long> counts = new LinkedHashMap<>();
        cells.forEach(c -> counts.put(c.fromTier() + "|" + c.toTier(), c.customers()));
        List<Column> columns = new ArrayList<>();
        // the corner says which day is which: rows are the tiers on the first day, columns those on the second
        columns.add(text(context.labels().get("col.tierOn", context.parameters().migrationStart().toString(),
                context.parameters().migrationEnd().toString()), 24));
        tiers.forEach(t -> columns.add(new Column(t.isEmpty() ? none : t, CellKind.INTEGER, 12)));
        columns.add(integer("col.customersTotal"));
        columns.add(percent("col.unchanged"));
        TableSheet sheet = context.workbook().table("sheet.tierMigration", columns);
        for (String from : tiers) {
            Object[] row = new Object[tiers.size() + 3];
            row[0] = from.isEmpty() ? none : from;
            long total = 0;
            for (int i = 0; i < tiers.size(); i++) {
                long n = counts.getOrDefault(from + "|" + tiers.get(i), 0L);
                row[i + 1] = n;
                total += n;
            }
            row[tiers.size() + 1] = total;
            row[tiers.size() + 2] = Ratios.rate(counts.getOrDefault(from + "|" + from, 0L), total);
            sheet.row(row);
        }
        sheet.finish();
        return tiers.size();
    }

    private long tags(ReportContext context, List<TagCount> tags, long customers) {
        TableSheet sheet = context.workbook().table("sheet.tags", List.of(text("col.tag", 30), integer("col.customers"),
                percent("col.share")));
        tags.forEach(t -> sheet.row(t.tag(), t.customers(), Ratios.rate(t.customers(), customers)));
        sheet.finish();
        int shown = Math.min(15, tags.size());
        if (shown > 0) {
            Charts.bar(sheet, new Place(4, 1, 12, 20), context.labels().get("chart.tags"),
                    tags.stream().limit(shown).map(TagCount::tag).toArray(String[]::new), sheet.range(0, 1, shown),
                    List.of(new Series(sheet.headerText(1), tags.stream().limit(shown).map(TagCount::customers)
                            .toArray(Number[]::new), sheet.range(1, 1, shown))));
        }
        return tags.size();
    }
}
