package com.tierflow.report.internal.reports;

import static com.tierflow.report.internal.workbook.Column.decimal;
import static com.tierflow.report.internal.workbook.Column.integer;
import static com.tierflow.report.internal.workbook.Column.money;
import static com.tierflow.report.internal.workbook.Column.percent;
import static com.tierflow.report.internal.workbook.Column.text;

import com.tierflow.report.internal.ReportContext;
import com.tierflow.report.internal.ReportParameter;
import com.tierflow.report.internal.reports.ReportQueries.Pair;
import com.tierflow.report.internal.reports.ReportQueries.Prospect;
import com.tierflow.report.internal.reports.ReportQueries.Rising;
import com.tierflow.report.internal.workbook.CellKind;
import com.tierflow.report.internal.workbook.Charts;
import com.tierflow.report.internal.workbook.Charts.Place;
import com.tierflow.report.internal.workbook.Charts.Series;
import com.tierflow.report.internal.workbook.Column;
import com.tierflow.report.internal.workbook.TableSheet;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Cross-sell and up-sell: category rules A → B with support, confidence and lift (computed in SQL over the customers
 * who bought in the window); for the strongest rules the customers who bought A but not B; customers whose spend in
 * the second half of the window exceeds the first.
 */
@Component
class CrossSellReport extends QueryReport<ReportQueries> {

    static final String KIND = "cross-sell";
    private static final int PAIRS = 500;
    /** Rules whose buyers-of-A-not-B are listed. */
    private static final int PROSPECT_RULES = 10;
    private static final int PROSPECTS_PER_RULE = 1_000;
    private static final int RISING = 2_000;

    static final List<Column> CUSTOMER_COLUMNS = List.of(new Column("col.customerId", CellKind.ID, 12), text("col.customerName", 14),
            new Column("col.phone", CellKind.PHONE, 15), new Column("col.email", CellKind.EMAIL, 26),
            text("col.province", 12));

    CrossSellReport(ReportQueries queries) {
        super(KIND, queries, ReportParameter.CHANNELS, ReportParameter.PROVINCES, ReportParameter.TIERS);
    }

    @Override
    public long write(ReportContext context) {
        Window window = Window.of(context, List.of());
        List<Pair> pairs = queries.categoryPairs(window, PAIRS);
        Instant mid = context.fromInstant().plus(
                Duration.between(context.fromInstant(), context.toExclusive()).dividedBy(2));
        List<Rising> rising = queries.risingSpend(window, mid, RISING);
        context.summary().section("summary.figures")
                .figure("kpi.buyers", CellKind.INTEGER, pairs.isEmpty() ? 0 : pairs.get(0).totalCustomers())
                .figure("kpi.rules", CellKind.INTEGER, pairs.size())
                .figure("kpi.topLift", CellKind.DECIMAL, pairs.isEmpty() ? null : pairs.get(0).lift())
                .figure("kpi.risingCustomers", CellKind.INTEGER, rising.size())
                .text("kpi.halfSplit", context.local(mid).toString().replace('T', ' '));
        long rows = pairsSheet(context, pairs);
        context.progress(30);
        rows += prospects(context, window, pairs);
        context.progress(80);
        rows += risingSheet(context, rising);
        return rows;
    }

    private long pairsSheet(ReportContext context, List<Pair> pairs) {
        TableSheet sheet = context.workbook().table("sheet.pairs", List.of(text("col.categoryA", 16),
                text("col.categoryB", 16), integer("col.bothCustomers"), integer("col.aCustomers"),
                integer("col.bCustomers"), percent("col.support"), percent("col.confidence"), decimal("col.lift")));
        pairs.forEach(p -> sheet.row(p.categoryA(), p.categoryB(), p.bothCustomers(), p.aCustomers(), p.bCustomers(),
                p.support(), p.confidence(), p.lift()));
        sheet.finish();
        int shown = Math.min(10, pairs.size());
        if (shown > 0) {
            Charts.bar(sheet, new Place(9, 1, 12, 20), context.labels().get("chart.topLift"),
                    pairs.stream().limit(shown).map(p -> p.categoryA() + " → " + p.categoryB()).toArray(String[]::new),
                    null, List.of(new Series(sheet.headerText(7),
                            pairs.stream().limit(shown).map(Pair::lift).toArray(Number[]::new), sheet.range(7, 1, shown))));
        }
        return pairs.size();
    }

    private long prospects(ReportContext context, Window window, List<Pair> pairs) {
        List<Column> columns = new java.util.ArrayList<>(List.of(text("col.categoryA", 16), text("col.categoryB", 16),
                decimal("col.lift")));
        columns.addAll(CUSTOMER_COLUMNS);
        columns.add(integer("col.orders"));
        columns.add(money("col.spend"));
        TableSheet sheet = context.workbook().table("sheet.prospects", columns);
        long rows = 0;
        for (Pair pair : pairs.stream().filter(p -> p.lift().compareTo(BigDecimal.ONE) > 0).limit(PROSPECT_RULES).toList()) {
            for (Prospect c : queries.prospects(window, pair.categoryA(), pair.categoryB(), PROSPECTS_PER_RULE)) {
                sheet.row(pair.categoryA(), pair.categoryB(), pair.lift(), c.customerId(), c.name(), c.phone(),
                        c.email(), c.province(), c.orders(), c.spend());
                rows++;
            }
        }
        sheet.finish();
        return rows;
    }

    private long risingSheet(ReportContext context, List<Rising> rising) {
        List<Column> columns = new java.util.ArrayList<>(CUSTOMER_COLUMNS);
        columns.addAll(List.of(integer("col.orders"), money("col.firstHalf"), money("col.secondHalf"),
                money("col.growth"), percent("col.growthRate")));
        TableSheet sheet = context.workbook().table("sheet.rising", columns);
        for (Rising r : rising) {
            BigDecimal growth = r.secondHalf().subtract(r.firstHalf());
            sheet.row(r.customerId(), r.name(), r.phone(), r.email(), r.province(), r.orders(), r.firstHalf(),
                    r.secondHalf(), growth, Ratios.share(growth, r.firstHalf()));
        }
        sheet.finish();
        return rising.size();
    }
}
