package com.tierflow.report.internal.reports;

import static com.tierflow.report.internal.workbook.Column.decimal;
import static com.tierflow.report.internal.workbook.Column.integer;
import static com.tierflow.report.internal.workbook.Column.money;
import static com.tierflow.report.internal.workbook.Column.percent;
import static com.tierflow.report.internal.workbook.Column.text;

import com.tierflow.audit.ApprovalSla;
import com.tierflow.report.internal.ReportContext;
import com.tierflow.report.internal.ReportParameter;
import com.tierflow.report.internal.reports.ApprovalQueries.FiredRules;
import com.tierflow.report.internal.reports.ApprovalQueries.Outcome;
import com.tierflow.report.internal.reports.ApprovalQueries.Rejection;
import com.tierflow.report.internal.workbook.CellKind;
import com.tierflow.report.internal.workbook.Charts;
import com.tierflow.report.internal.workbook.Charts.Place;
import com.tierflow.report.internal.workbook.Charts.Series;
import com.tierflow.report.internal.workbook.TableSheet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Approvals, for the orders placed in the window: audit outcomes (pie chart) overall and per channel, the rules that
 * fired (bar chart), lead times of the clerk review against its SLA (the one in force now), of the
 * manager's approval and end to end per channel, review times in bands (bar chart), reject reasons by who rejected,
 * each person's throughput, and escalations per channel.
 */
@Component
class ApprovalsReport extends QueryReport<ApprovalQueries> {

    static final String KIND = "approvals";
    private static final List<String> OUTCOMES = List.of("AUTO_APPROVE", "CLERK_REVIEW", "MANAGER_APPROVAL", "REJECT",
            "NOT_AUDITED");
    /** Upper ends of the review-time bands in hours; the last band is open. */
    private static final int[] BANDS = {1, 2, 4, 8, 24, 72};

    private final ApprovalSla sla;
    private final TransactionTemplate readOnly;

    ApprovalsReport(ApprovalQueries queries, TransactionTemplate transactions,
            ApprovalSla sla) {
        super(KIND, queries, ReportParameter.CHANNELS, ReportParameter.PROVINCES, ReportParameter.TIERS);
        this.sla = sla;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        // PostgreSQL streams with a cursor only inside a transaction
        readOnly.setReadOnly(true);
        readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public long write(ReportContext context) {
        Window window = Window.of(context, List.of());
        List<Outcome> outcomes = queries.outcomes(window);
        List<ApprovalJourney> journeys = new ArrayList<>();
        readOnly.executeWithoutResult(status -> queries.approvalEvents(window,
                row -> ApprovalJourney.add(journeys, row.getResultObject())));
        Instant now = context.generatedAt();
        long reviews = journeys.stream().filter(j -> j.review.start != null).count();
        long ended = journeys.stream().filter(j -> j.review.end != null).count();
        long inTime = journeys.stream().filter(j -> j.reviewedByClerk() && withinSla(j)).count();
        context.summary().section("summary.figures")
                .figure("kpi.orders", CellKind.INTEGER, outcomes.stream().mapToLong(Outcome::orders).sum())
                .figure("kpi.toPeople", CellKind.INTEGER, count(outcomes, o -> o.outcome().equals("CLERK_REVIEW")
                        || o.outcome().equals("MANAGER_APPROVAL")))
                .figure("kpi.auditRejected", CellKind.INTEGER, count(outcomes, o -> o.outcome().equals("REJECT")))
                .figure("kpi.reviewSlaHours", CellKind.DECIMAL, hours(reviewSla()))
                .figure("kpi.reviews", CellKind.INTEGER, reviews)
                .figure("kpi.slaMet", CellKind.PERCENT, Ratios.rate(inTime, ended))
                .figure("kpi.escalations", CellKind.INTEGER, journeys.stream().filter(j -> j.escalatedBy != null).count())
                .figure("kpi.openPastSla", CellKind.INTEGER, journeys.stream().filter(j -> openPastSla(j, now)).count());
        long rows = outcomes(context, outcomes);
        context.progress(20);
        rows += firedRules(context, queries.firedRules(window));
        context.progress(40);
        rows += leadTimes(context, journeys, now);
        rows += bands(context, journeys);
        context.progress(60);
        rows += rejections(context, queries.rejections(window));
        rows += throughput(context, journeys);
        rows += escalations(context, journeys);
        return rows;
    }

    private long outcomes(ReportContext context, List<Outcome> outcomes) {
        long all = outcomes.stream().mapToLong(Outcome::orders).sum();
        TableSheet sheet = context.workbook().table("sheet.auditOutcomes", List.of(text("col.outcome", 22),
                integer("col.orders"), percent("col.share"), money("col.amount")));
        List<String> names = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        for (String outcome : OUTCOMES) {
            long orders = count(outcomes, o -> o.outcome().equals(outcome));
            if (orders > 0) {
                BigDecimal amount = outcomes.stream().filter(o -> o.outcome().equals(outcome)).map(Outcome::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                names.add(context.labels().get("value.outcome." + outcome));
                values.add(orders);
                sheet.row(names.get(names.size() - 1), orders, Ratios.rate(orders, all), amount);
            }
        }
        sheet.finish();
        if (!names.isEmpty()) {
            Charts.pie(sheet, new Place(5, 1, 9, 18), context.labels().get("chart.auditOutcomes"),
                    names.toArray(String[]::new), sheet.range(0), new Series(sheet.headerText(1),
                            values.toArray(Number[]::new), sheet.range(1)));
        }
        TableSheet byChannel = context.workbook().table("sheet.outcomesByChannel", List.of(text("col.channel", 16),
                text("col.outcome", 22), integer("col.orders"), money("col.amount")));
        outcomes.forEach(o -> byChannel.row(o.channelCode(), context.labels().get("value.outcome." + o.outcome()),
                o.orders(), o.amount()));
        byChannel.finish();
        return names.size() + outcomes.size();
    }

    /** The audit stores the rules of an order comma-separated; each rule counts once per order it fired for. */
    private long firedRules(ReportContext context, List<FiredRules> rows) {
        Map<String, long[]> byRule = new TreeMap<>();
        for (FiredRules row : rows) {
            int outcome = Math.max(0, List.of("CLERK_REVIEW", "MANAGER_APPROVAL", "REJECT").indexOf(row.outcome()));
            for (String rule : row.firedRules().split(",")) {
                if (!rule.isBlank()) {
                    long[] counts = byRule.computeIfAbsent(rule.strip(), k -> new long[4]);
                    counts[0] += row.orders();
                    counts[outcome + 1] += row.orders();
                }
            }
        }
        long audited = rows.stream().mapToLong(FiredRules::orders).sum();
        List<Map.Entry<String, long[]>> ranked = byRule.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0])).toList();
        TableSheet sheet = context.workbook().table("sheet.firedRules", List.of(text("col.rule", 28),
                integer("col.orders"), integer("col.clerkReview"), integer("col.managerApproval"), integer("col.reject"),
                percent("col.shareOfExceptions")));
        ranked.forEach(e -> sheet.row(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2], e.getValue()[3],
                Ratios.rate(e.getValue()[0], audited)));
        sheet.finish();
        if (!ranked.isEmpty()) {
            Charts.bar(sheet, new Place(7, 1, 12, 18), context.labels().get("chart.firedRules"),
                    ranked.stream().map(Map.Entry::getKey).toArray(String[]::new), sheet.range(0),
                    List.of(new Series(sheet.headerText(1), ranked.stream().map(e -> e.getValue()[0])
                            .toArray(Number[]::new), sheet.range(1))));
        }
        return ranked.size();
    }

    private long leadTimes(ReportContext context, List<ApprovalJourney> journeys, Instant now) {
        TableSheet sheet = context.workbook().table("sheet.leadTimes", List.of(text("col.channel", 16),
                text("col.stage", 18), integer("col.started"), integer("col.finished"), integer("col.open"),
                decimal("col.averageHours"), decimal("col.medianHours"), decimal("col.p90Hours"),
                integer("col.withinSla"), integer("col.pastSla"), percent("col.slaMet"), integer("col.openPastSla")));
        Map<String, List<ApprovalJourney>> byChannel = new TreeMap<>();
        journeys.forEach(j -> byChannel.computeIfAbsent(j.channelCode, k -> new ArrayList<>()).add(j));
        byChannel.put(context.labels().get("value.allChannels"), journeys);
        long rows = 0;
        for (Map.Entry<String, List<ApprovalJourney>> channel : byChannel.entrySet()) {
            List<ApprovalJourney> group = channel.getValue();
            List<ApprovalJourney> reviews = group.stream().filter(j -> j.review.start != null).toList();
            List<Duration> reviewTimes = reviews.stream().filter(j -> j.review.end != null)
                    .map(j -> j.review.time()).toList();
            long within = reviews.stream().filter(j -> j.reviewedByClerk() && withinSla(j)).count();
            sheet.row(stageRow(channel.getKey(), context.labels().get("value.stage.review"), reviews.size(), reviewTimes,
                    within, reviewTimes.size() - within, Ratios.rate(within, reviewTimes.size()),
                    reviews.stream().filter(j -> openPastSla(j, now)).count()));
            List<ApprovalJourney> managers = group.stream().filter(j -> j.manager.start != null).toList();
            sheet.row(stageRow(channel.getKey(), context.labels().get("value.stage.manager"), managers.size(),
                    managers.stream().filter(j -> j.manager.end != null).map(j -> j.manager.time()).toList(),
                    null, null, null, null));
            sheet.row(stageRow(channel.getKey(), context.labels().get("value.stage.endToEnd"), reviews.size(),
                    reviews.stream().filter(j -> j.finished() != null)
                            .map(j -> Duration.between(j.review.start, j.finished())).toList(), null, null, null, null));
            rows += 3;
        }
        sheet.finish();
        return rows;
    }

    private static Object[] stageRow(String channel, String stage, long started, List<Duration> times, Long within,
            Long past, BigDecimal slaMet, Long openPast) {
        List<Duration> sorted = times.stream().sorted().toList();
        BigDecimal average = sorted.isEmpty() ? null : hours(sorted.stream().reduce(Duration.ZERO, Duration::plus)
                .dividedBy(sorted.size()));
        return new Object[] {channel, stage, started, (long) sorted.size(), started - sorted.size(), average,
                percentile(sorted, 50), percentile(sorted, 90), within, past, slaMet, openPast};
    }

    /** Nearest-rank percentile in hours; null without values. */
    static BigDecimal percentile(List<Duration> sorted, int percent) {
        if (sorted.isEmpty()) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return hours(sorted.get(Math.max(0, rank - 1)));
    }

    private long bands(ReportContext context, List<ApprovalJourney> journeys) {
        long[] counts = new long[BANDS.length + 1];
        journeys.stream().filter(j -> j.review.end != null).forEach(j -> {
            Duration time = j.review.time();
            int band = 0;
            while (band < BANDS.length && time.compareTo(Duration.ofHours(BANDS[band])) > 0) {
                band++;
            }
            counts[band]++;
        });
        long all = java.util.Arrays.stream(counts).sum();
        TableSheet sheet = context.workbook().table("sheet.reviewTimeBands", List.of(text("col.reviewTime", 16),
                integer("col.reviews"), percent("col.share")));
        String[] names = new String[counts.length];
        Number[] values = new Number[counts.length];
        for (int band = 0; band < counts.length; band++) {
            names[band] = band == BANDS.length ? "> " + BANDS[band - 1] + " h"
                    : (band == 0 ? 0 : BANDS[band - 1]) + "–" + BANDS[band] + " h";
            values[band] = counts[band];
            sheet.row(names[band], counts[band], Ratios.rate(counts[band], all));
        }
        sheet.finish();
        Charts.bar(sheet, new Place(4, 1, 10, 18), context.labels().get("chart.reviewTimes"), names, sheet.range(0),
                List.of(new Series(sheet.headerText(1), values, sheet.range(1))));
        return counts.length;
    }

    private long rejections(ReportContext context, List<Rejection> rows) {
        TableSheet sheet = context.workbook().table("sheet.rejectReasons", List.of(text("col.rejectedBy", 14),
                text("col.reason", 60), integer("col.orders")));
        rows.forEach(r -> sheet.row(context.labels().get("value.rejectedBy." + r.stage()), r.reason(), r.orders()));
        sheet.finish();
        return rows.size();
    }

    private long throughput(ReportContext context, List<ApprovalJourney> journeys) {
        Map<String, Person> people = new TreeMap<>();
        for (ApprovalJourney j : journeys) {
            if (j.reviewedByClerk()) {
                Person p = people.computeIfAbsent(j.review.actor, k -> new Person());
                p.reviews++;
                p.reviewTime = p.reviewTime.plus(j.review.time());
                p.withinSla += withinSla(j) ? 1 : 0;
                p.approved += "APPROVED".equals(j.review.decision) ? 1 : 0;
                p.rejected += "REJECTED".equals(j.review.decision) ? 1 : 0;
                p.toManager += "PENDING_MANAGER".equals(j.review.decision) && !j.escalatedByClerk() ? 1 : 0;
                p.escalated += j.escalatedByClerk() ? 1 : 0;
            }
            if (j.manager.end != null && !ApprovalJourney.SYSTEM.equals(j.manager.actor)) {
                Person p = people.computeIfAbsent(j.manager.actor, k -> new Person());
                p.managerApproved += "APPROVED".equals(j.manager.decision) ? 1 : 0;
                p.managerRejected += "REJECTED".equals(j.manager.decision) ? 1 : 0;
            }
        }
        TableSheet sheet = context.workbook().table("sheet.throughput", List.of(text("col.person", 18),
                integer("col.reviews"), integer("col.approved"), integer("col.rejected"), integer("col.toManager"),
                integer("col.escalated"), decimal("col.averageHours"), percent("col.slaMet"),
                integer("col.managerApproved"), integer("col.managerRejected")));
        people.forEach((person, p) -> sheet.row(person, p.reviews, p.approved, p.rejected, p.toManager, p.escalated,
                p.reviews == 0 ? null : hours(p.reviewTime.dividedBy(p.reviews)), Ratios.rate(p.withinSla, p.reviews),
                p.managerApproved, p.managerRejected));
        sheet.finish();
        return people.size();
    }

    private long escalations(ReportContext context, List<ApprovalJourney> journeys) {
        Map<String, long[]> byChannel = new TreeMap<>();
        for (ApprovalJourney j : journeys) {
            long[] counts = byChannel.computeIfAbsent(j.channelCode, k -> new long[3]);
            counts[0] += j.review.start != null ? 1 : 0;
            counts[1] += j.escalatedByClerk() ? 1 : 0;
            counts[2] += j.escalatedOverdue() ? 1 : 0;
        }
        TableSheet sheet = context.workbook().table("sheet.escalations", List.of(text("col.channel", 16),
                integer("col.reviews"), integer("col.escalatedByClerk"), integer("col.escalatedOverdue"),
                integer("col.escalated"), percent("col.escalationRate")));
        byChannel.forEach((channel, c) -> sheet.row(channel, c[0], c[1], c[2], c[1] + c[2], Ratios.rate(c[1] + c[2], c[0])));
        sheet.finish();
        return byChannel.size();
    }

    private boolean withinSla(ApprovalJourney j) {
        return j.review.time().compareTo(reviewSla()) <= 0;
    }

    private boolean openPastSla(ApprovalJourney j, Instant now) {
        return j.review.start != null && j.review.end == null && Duration.between(j.review.start, now).compareTo(reviewSla()) > 0;
    }

    /** The SLA in force, as the administrators set it in the console (cached by the audit module). */
    private Duration reviewSla() {
        return sla.current().reviewSla();
    }

    private static long count(List<Outcome> outcomes, Predicate<Outcome> which) {
        return outcomes.stream().filter(which).mapToLong(Outcome::orders).sum();
    }

    private static BigDecimal hours(Duration duration) {
        return BigDecimal.valueOf(duration.toSeconds()).divide(BigDecimal.valueOf(3600), 3, RoundingMode.HALF_UP);
    }

    /** One person's decisions: as clerk (reviews) and as manager. */
    private static final class Person {
        long reviews;
        long approved;
        long rejected;
        long toManager;
        long escalated;
        long withinSla;
        Duration reviewTime = Duration.ZERO;
        long managerApproved;
        long managerRejected;
    }
}
