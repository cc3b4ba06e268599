package com.tierflow.report.internal.reports;

import static com.tierflow.report.internal.workbook.Column.date;
import static com.tierflow.report.internal.workbook.Column.integer;
import static com.tierflow.report.internal.workbook.Column.money;
import static com.tierflow.report.internal.workbook.Column.percent;
import static com.tierflow.report.internal.workbook.Column.text;

import com.tierflow.report.internal.ReportContext;
import com.tierflow.report.internal.ReportParameter;
import com.tierflow.report.internal.reports.ReportQueries.Profit;
import com.tierflow.report.internal.reports.ReportQueries.ProfitPeriod;
import com.tierflow.report.internal.reports.ReportQueries.SegmentProfit;
import com.tierflow.report.internal.workbook.CellKind;
import com.tierflow.report.internal.workbook.Charts;
import com.tierflow.report.internal.workbook.Charts.Place;
import com.tierflow.report.internal.workbook.Charts.Series;
import com.tierflow.report.internal.workbook.TableSheet;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Profitability from the ledger: goods, discounts, shipping, refunds and net per channel, per customer segment (the
 * current classification's, bar chart), per segment and channel, and per channel and month. Tierflow knows no cost of
 * goods, so net is what customers paid.
 */
@Component
class ProfitabilityReport extends QueryReport<ReportQueries> {

    static final String KIND = "profitability";

    ProfitabilityReport(ReportQueries queries) {
        super(KIND, queries, ReportParameter.CHANNELS, ReportParameter.PROVINCES, ReportParameter.TIERS);
    }

    @Override
    public long write(ReportContext context) {
        List<Bucket> months = Buckets.months(context);
        Window window = Window.of(context, months);
        List<Profit> channels = queries.profitByChannel(window);
        BigDecimal goods = sum(channels.stream().map(Profit::goods).toList());
        BigDecimal discounts = sum(channels.stream().map(p -> p.lineDiscount().add(p.orderDiscount())).toList());
        BigDecimal net = sum(channels.stream().map(Profit::net).toList());
        context.summary().section("summary.figures")
                .figure("kpi.orders", CellKind.INTEGER, channels.stream().mapToLong(Profit::orders).sum())
                .figure("kpi.goods", CellKind.MONEY, goods)
                .figure("kpi.discounts", CellKind.MONEY, discounts)
                .figure("kpi.shipping", CellKind.MONEY, sum(channels.stream().map(Profit::shipping).toList()))
                .figure("kpi.refunds", CellKind.MONEY, sum(channels.stream().map(Profit::refund).toList()))
                .figure("kpi.net", CellKind.MONEY, net)
                .figure("kpi.discountRate", CellKind.PERCENT, Ratios.share(discounts, goods));
        TableSheet sheet = context.workbook().table("sheet.profitByChannel", List.of(text("col.channel", 16),
                integer("col.orders"), money("col.goods"), money("col.lineDiscount"), money("col.orderDiscount"),
                money("col.shipping"), money("col.refunds"), money("col.net"), percent("col.discountRate"),
                percent("col.netShare")));
        for (Profit p : channels) {
            sheet.row(p.channelCode(), p.orders(), p.goods(), p.lineDiscount(), p.orderDiscount(), p.shipping(),
                    p.refund(), p.net(), Ratios.share(p.lineDiscount().add(p.orderDiscount()), p.goods()), Ratios.share(p.net(), net));
        }
        sheet.finish();
        if (!channels.isEmpty()) {
            String[] names = channels.stream().map(Profit::channelCode).toArray(String[]::new);
            Charts.bar(sheet, new Place(11, 1, 12, 20), context.labels().get("chart.netByChannel"), names,
                    sheet.range(0), List.of(
                            new Series(sheet.headerText(2), channels.stream().map(Profit::goods).toArray(Number[]::new), sheet.range(2)),
                            new Series(sheet.headerText(7), channels.stream().map(Profit::net).toArray(Number[]::new), sheet.range(7))));
        }
        context.progress(40);
        long segmentRows = bySegment(context, window, net);
        context.progress(70);
        List<ProfitPeriod> periods = queries.profitByPeriod(window);
        TableSheet monthly = context.workbook().table("sheet.profitByMonth", List.of(date("col.periodStart"),
                text("col.channel", 16), money("col.goods"), money("col.discounts"), money("col.shipping"),
                money("col.refunds"), money("col.net")));
        periods.forEach(p -> monthly.row(months.get(p.idx()).firstDay, p.channelCode(), p.goods(), p.discounts(),
                p.shipping(), p.refund(), p.net()));
        monthly.finish();
        return channels.size() + segmentRows + periods.size();
    }

    private long bySegment(ReportContext context, Window window, BigDecimal allNet) {
        List<SegmentProfit> segments = queries.profitBySegmentTotals(window);
        TableSheet sheet = context.workbook().table("sheet.profitBySegment", List.of(text("col.segment", 20),
                integer("col.customers"), integer("col.orders"), money("col.goods"), money("col.discounts"),
                money("col.shipping"), money("col.refunds"), money("col.net"), percent("col.discountRate"),
                percent("col.netShare")));
        String[] names = segments.stream().map(s -> segmentName(context, s)).toArray(String[]::new);
        for (int i = 0; i < segments.size(); i++) {
            SegmentProfit s = segments.get(i);
            sheet.row(names[i], s.customers(), s.orders(), s.goods(), s.discounts(), s.shipping(), s.refund(), s.net(),
                    Ratios.share(s.discounts(), s.goods()), Ratios.share(s.net(), allNet));
        }
        sheet.finish();
        if (!segments.isEmpty()) {
            Charts.bar(sheet, new Place(11, 1, 12, 20), context.labels().get("chart.netBySegment"), names,
                    sheet.range(0), List.of(new Series(sheet.headerText(7),
                            segments.stream().map(SegmentProfit::net).toArray(Number[]::new), sheet.range(7))));
        }
        List<SegmentProfit> bySegmentAndChannel = queries.profitBySegment(window);
        TableSheet split = context.workbook().table("sheet.profitBySegmentChannel", List.of(text("col.segment", 20),
                text("col.channel", 16), integer("col.customers"), integer("col.orders"), money("col.goods"),
                money("col.discounts"), money("col.shipping"), money("col.refunds"), money("col.net")));
        bySegmentAndChannel.forEach(s -> split.row(segmentName(context, s), s.channelCode(), s.customers(), s.orders(),
                s.goods(), s.discounts(), s.shipping(), s.refund(), s.net()));
        split.finish();
        return segments.size() + bySegmentAndChannel.size();
    }

    private static String segmentName(ReportContext context, SegmentProfit profit) {
        return profit.segment().isEmpty() ? context.labels().get("value.unclassified") : profit.segment();
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
