package com.tierflow.report.internal.reports;

import static com.tierflow.report.internal.workbook.Column.date;
import static com.tierflow.report.internal.workbook.Column.integer;
import static com.tierflow.report.internal.workbook.Column.money;
import static com.tierflow.report.internal.workbook.Column.percent;
import static com.tierflow.report.internal.workbook.Column.text;

import com.tierflow.order.ChannelLedger;
import com.tierflow.order.LedgerQueries;
import com.tierflow.report.internal.ReportContext;
import com.tierflow.report.internal.ReportParameter;
import com.tierflow.report.internal.reports.ReportQueries.CategoryPeriod;
import com.tierflow.report.internal.reports.ReportQueries.CategoryRegion;
import com.tierflow.report.internal.reports.ReportQueries.City;
import com.tierflow.report.internal.reports.ReportQueries.OrderFigures;
import com.tierflow.report.internal.reports.ReportQueries.PeriodChannel;
import com.tierflow.report.internal.reports.ReportQueries.PeriodChannelAmount;
import com.tierflow.report.internal.reports.ReportQueries.Sku;
import com.tierflow.report.internal.workbook.CellKind;
import com.tierflow.report.internal.workbook.Charts;
import com.tierflow.report.internal.workbook.Charts.Place;
import com.tierflow.report.internal.workbook.Charts.Series;
import com.tierflow.report.internal.workbook.Column;
import com.tierflow.report.internal.workbook.TableSheet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;

/**
 * Orders: key figures; counts and amounts per channel and period (with a line chart per channel); provinces and cities;
 * categories (pie) and SKUs; categories by province and by period; the ledger reconciliation per channel.
 */
@Component
class OrdersReport extends QueryReport<ReportQueries> {

    static final String KIND = "orders";
    /** A pie with more slices than this is unreadable; it shows the largest, the table beside it lists all. */
    private static final int PIE_SLICES = 8;

    private final LedgerQueries ledger;

    OrdersReport(ReportQueries queries, LedgerQueries ledger) {
        super(KIND, queries, ReportParameter.CHANNELS, ReportParameter.PROVINCES, ReportParameter.TIERS,
                ReportParameter.GRANULARITY);
        this.ledger = ledger;
    }

    @Override
    public long write(ReportContext context) {
        List<Bucket> buckets = Buckets.of(context.parameters().from(), context.parameters().to(),
                context.parameters().granularity(), context.zone());
        Window window = Window.of(context, buckets);
        OrderFigures figures = queries.orderFigures(window);
        BigDecimal refunds = queries.refunds(window);
        context.summary().section("summary.figures")
                .figure("kpi.orders", CellKind.INTEGER, figures.orders())
                .figure("kpi.customers", CellKind.INTEGER, figures.customers())
                .figure("kpi.goods", CellKind.MONEY, figures.goods())
                .figure("kpi.discounts", CellKind.MONEY, figures.discounts())
                .figure("kpi.shipping", CellKind.MONEY, figures.shipping())
                .figure("kpi.total", CellKind.MONEY, figures.total())
                .figure("kpi.aov", CellKind.MONEY, Ratios.average(figures.total(), figures.orders()))
                .figure("kpi.refunds", CellKind.MONEY, refunds)
                .figure("kpi.net", CellKind.MONEY, figures.total().subtract(refunds));
        long rows = 0;
        rows += byPeriod(context, window, buckets);
        context.progress(30);
        rows += byCity(context, window);
        context.progress(45);
        rows += bySku(context, window);
        context.progress(60);
        rows += byCategoryAndProvince(context, window);
        rows += byCategoryAndPeriod(context, window, buckets);
        context.progress(80);
        rows += reconciliation(context);
        return rows;
    }

    private long byPeriod(ReportContext context, Window window, List<Bucket> buckets) {
        List<PeriodChannel> rows = queries.ordersByPeriod(window);
        Map<String, BigDecimal> refunds = new LinkedHashMap<>();
        for (PeriodChannelAmount refund : queries.refundsByPeriod(window)) {
            refunds.put(refund.idx() + "|" + refund.channelCode(), refund.amount());
        }
        TableSheet sheet = context.workbook().table("sheet.byPeriod", List.of(date("col.periodStart"),
                text("col.channel", 16), integer("col.orders"), integer("col.customers"), money("col.goods"),
                money("col.discounts"), money("col.shipping"), money("col.total"), money("col.aov"),
                money("col.refunds")));
        for (PeriodChannel row : rows) {
            sheet.row(buckets.get(row.idx()).firstDay, row.channelCode(), row.orders(), row.customers(), row.goods(),
                    row.discounts(), row.shipping(), row.total(), Ratios.average(row.total(), row.orders()),
                    refunds.getOrDefault(row.idx() + "|" + row.channelCode(), BigDecimal.ZERO));
        }
        sheet.finish();

        // the matrix a line chart needs: one row per period, one column per channel
        Set<String> channels = new TreeSet<>();
        rows.forEach(row -> channels.add(row.channelCode()));
        List<Column> columns = new ArrayList<>();
        columns.add(text("col.period", 12));
        channels.forEach(channel -> columns.add(new Column(channel, CellKind.MONEY, 14)));
        TableSheet trend = context.workbook().table("sheet.trend", columns);
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        rows.forEach(row -> totals.put(row.idx() + "|" + row.channelCode(), row.total()));
        String[] periods = new String[buckets.size()];
        List<Number[]> values = new ArrayList<>();
        channels.forEach(channel -> values.add(new Number[buckets.size()]));
        for (Bucket bucket : buckets) {
            periods[bucket.idx] = bucket.firstDay.toString();
            Object[] cells = new Object[channels.size() + 1];
            cells[0] = periods[bucket.idx];
            int c = 0;
            for (String channel : channels) {
                BigDecimal total = totals.getOrDefault(bucket.idx + "|" + channel, BigDecimal.ZERO);
                cells[c + 1] = total;
                values.get(c)[bucket.idx] = total;
                c++;
            }
            trend.row(cells);
        }
        trend.finish();
        if (!channels.isEmpty() && !buckets.isEmpty()) {
            List<Series> series = new ArrayList<>();
            int c = 0;
            for (String channel : channels) {
                series.add(new Series(channel, values.get(c), trend.range(c + 1)));
                c++;
            }
            Charts.line(trend, new Place(channels.size() + 2, 1, 14, 20), context.labels().get("chart.revenueTrend"),
                    periods, trend.range(0), series);
        }
        return rows.size() + buckets.size();
    }

    private long byCity(ReportContext context, Window window) {
        List<City> cities = queries.ordersByCity(window);
        TableSheet sheet = context.workbook().table("sheet.byCity", List.of(text("col.province", 14),
                text("col.city", 14), integer("col.orders"), integer("col.customers"), money("col.total"),
                percent("col.share")));
        BigDecimal all = cities.stream().map(City::total).reduce(BigDecimal.ZERO, BigDecimal::add);
        for (City city : cities) {
            sheet.row(city.province(), city.city(), city.orders(), city.customers(), city.total(), Ratios.share(city.total(), all));
        }
        sheet.finish();

        Map<String, BigDecimal> byProvince = new LinkedHashMap<>();
        cities.forEach(city -> byProvince.merge(city.province(), city.total(), BigDecimal::add));
        TableSheet provinces = context.workbook().table("sheet.byProvince", List.of(text("col.province", 14),
                money("col.total"), percent("col.share")));
        List<Map.Entry<String, BigDecimal>> ranked = byProvince.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()).toList();
        ranked.forEach(e -> provinces.row(e.getKey(), e.getValue(), Ratios.share(e.getValue(), all)));
        provinces.finish();
        if (!ranked.isEmpty()) {
            int shown = Math.min(15, ranked.size());
            String[] names = ranked.stream().limit(shown).map(Map.Entry::getKey).toArray(String[]::new);
            Number[] totals = ranked.stream().limit(shown).map(Map.Entry::getValue).toArray(Number[]::new);
            Charts.bar(provinces, new Place(4, 1, 12, 20), context.labels().get("chart.revenueByProvince"), names,
                    provinces.range(0, 1, shown), List.of(new Series(provinces.headerText(1), totals,
                            provinces.range(1, 1, shown))));
        }
        return cities.size() + ranked.size();
    }

    private long bySku(ReportContext context, Window window) {
        List<Sku> skus = queries.productsBySku(window);
        TableSheet sheet = context.workbook().table("sheet.bySku", List.of(text("col.category", 16),
                text("col.sku", 16), text("col.product", 28), integer("col.quantity"), integer("col.orders"),
                money("col.amount")));
        skus.forEach(sku -> sheet.row(sku.category(), sku.sku(), sku.productName(), sku.quantity(), sku.orders(), sku.amount()));
        sheet.finish();

        Map<String, long[]> quantities = new LinkedHashMap<>();
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        skus.forEach(sku -> {
            quantities.computeIfAbsent(sku.category(), k -> new long[1])[0] += sku.quantity();
            amounts.merge(sku.category(), sku.amount(), BigDecimal::add);
        });
        BigDecimal all = amounts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<Map.Entry<String, BigDecimal>> ranked = amounts.entrySet().stream()
                .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()).toList();
        TableSheet categories = context.workbook().table("sheet.byCategory", List.of(text("col.category", 16),
                integer("col.quantity"), money("col.amount"), percent("col.share")));
        ranked.forEach(e -> categories.row(e.getKey(), quantities.get(e.getKey())[0], e.getValue(), Ratios.share(e.getValue(), all)));
        categories.finish();
        if (!ranked.isEmpty()) {
            // the pie shows the largest categories; the table below it keeps every one
            int slices = Math.min(PIE_SLICES, ranked.size());
            Charts.pie(categories, new Place(5, 1, 10, 20), context.labels().get("chart.categoryShare"),
                    ranked.stream().limit(slices).map(Map.Entry::getKey).toArray(String[]::new),
                    categories.range(0, 1, slices), new Series(categories.headerText(2),
                            ranked.stream().limit(slices).map(Map.Entry::getValue).toArray(Number[]::new),
                            categories.range(2, 1, slices)));
        }
        return skus.size() + ranked.size();
    }

    private long byCategoryAndProvince(ReportContext context, Window window) {
        List<CategoryRegion> rows = queries.categoriesByProvince(window);
        TableSheet sheet = context.workbook().table("sheet.categoryByProvince", List.of(text("col.category", 16),
                text("col.province", 14), integer("col.quantity"), money("col.amount")));
        rows.forEach(row -> sheet.row(row.category(), row.province(), row.quantity(), row.amount()));
        sheet.finish();
        return rows.size();
    }

    private long byCategoryAndPeriod(ReportContext context, Window window, List<Bucket> buckets) {
        List<CategoryPeriod> rows = queries.categoriesByPeriod(window);
        TableSheet sheet = context.workbook().table("sheet.categoryByPeriod", List.of(date("col.periodStart"),
                text("col.category", 16), integer("col.quantity"), money("col.amount")));
        rows.forEach(row -> sheet.row(buckets.get(row.idx()).firstDay, row.category(), row.quantity(), row.amount()));
        sheet.finish();
        return rows.size();
    }

    private long reconciliation(ReportContext context) {
        List<ChannelLedger> books = new ArrayList<>();
        if (context.parameters().channels().isEmpty()) {
            books.addAll(ledger.reconcile(null, context.fromInstant(), context.toExclusive()));
        } else {
            context.parameters().channels().forEach(code ->
                    books.addAll(ledger.reconcile(code, context.fromInstant(), context.toExclusive())));
        }
        TableSheet sheet = context.workbook().table("sheet.reconciliation", List.of(text("col.channel", 16),
                integer("col.orders"), money("col.declaredTotal"), money("col.total"), money("col.goods"),
                money("col.lineDiscount"), money("col.orderDiscount"), money("col.shipping"), money("col.refunds"),
                money("col.ledgerBalance"), money("col.difference"), text("col.balanced", 10)));
        for (ChannelLedger b : books) {
            sheet.row(b.channelCode(), b.orderCount(), b.declaredTotal(), b.totalAmount(), b.goods(), b.lineDiscount(),
                    b.orderDiscount(), b.shippingFee(), b.refund(), b.ledgerBalance(),
                    // refunds are money paid back, not a gap: the difference is what the ledger misses otherwise
                    b.ledgerBalance().subtract(b.refund()).subtract(b.totalAmount()),
                    context.labels().get(b.balanced() ? "value.yes" : "value.no"));
        }
        sheet.finish();
        return books.size();
    }
}
