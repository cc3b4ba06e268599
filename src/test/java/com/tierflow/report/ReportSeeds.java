package com.tierflow.report;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Deterministic classification, engagement and approval data for the report tests, written with SQL so that each
 * expected figure follows from the plan here rather than from the code under test: classifications, tier history and
 * tags of the imported customers, care and promotion tasks, and clerk and manager decisions on the orders the audit
 * sent to people.
 */
final class ReportSeeds {

    static final List<String> TIERS = List.of("HIGH", "MEDIUM", "LOW");
    static final List<String> SEGMENTS = List.of("Champions", "Loyal", "At risk", "Hibernating");
    static final List<String> STAGES = List.of("NEW", "ACTIVE", "AT_RISK", "CHURNED");
    static final String CLERK_A = "rpt-clerk-a";
    static final String CLERK_B = "rpt-clerk-b";
    static final String MANAGER = "rpt-manager";
    static final String CLERK_REJECT = "Address does not exist";
    static final String MANAGER_REJECT = "Fraud suspected";

    /** One classified customer with their TIER history, oldest first. */
    record Classified(long customerId, String tier, String segment, String stage, BigDecimal netValue, BigDecimal clv,
                      Double pAlive, List<String> tags, List<TierChange> tierChanges) {

        /** The tier at the end of the day, by the history as planned; "" before the first. */
        String tierOn(LocalDate day) {
            String tier = "";
            for (TierChange change : tierChanges) {
                if (!change.asOf().isAfter(day)) {
                    tier = change.to();
                }
            }
            return tier;
        }
    }

    record TierChange(String to, LocalDate asOf) {
    }

    /** A seeded task: status OPEN or CLOSED; overdue: open and due before now. */
    record Task(long customerId, String purpose, Instant createdAt, Instant dueAt, String status, Instant closedAt,
                String outcome, Boolean boughtAgain, boolean inWindow) {
        boolean overdue() {
            return "OPEN".equals(status) && dueAt.isBefore(Instant.now());
        }

        boolean late() {
            return closedAt != null && closedAt.isAfter(dueAt);
        }
    }

    /**
     * What happened to one order in people's hands: reviewer and their decision (APPROVED, REJECTED, ESCALATED, or
     * OVERDUE for the workflow's escalation; null while open), review hours, and the manager's decision if any.
     */
    record Decision(long orderId, String channel, String reviewer, String review, double reviewHours,
                    String managerDecision) {
    }

    private final JdbcTemplate jdbc;

    ReportSeeds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Classified> classify(List<Long> customers, LocalDate from, LocalDate to) {
        List<Classified> plan = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            long id = customers.get(i);
            String tier = TIERS.get(i % 3);
            String earlier = TIERS.get((i + 1) % 3);
            List<String> tags = new ArrayList<>(List.of("report-it"));
            if (i % 2 == 0) {
                tags.add("vip");
            }
            if (i % 3 == 0) {
                tags.add("frequent");
            }
            BigDecimal clv = i % 5 == 0 ? null : new BigDecimal(50 + i * 11).setScale(2);
            Double pAlive = i % 6 == 0 ? null : (i % 10) / 10.0 + 0.05;
            // history: changed inside the window, first tiered inside it, unchanged, changed only after it
            List<Object[]> history = new ArrayList<>();
            switch (i % 4) {
                case 0 -> {
                    history.add(new Object[] {null, earlier, from.minusMonths(1)});
                    history.add(new Object[] {earlier, tier, from.plusMonths(2)});
                }
                case 1 -> {
                    history.add(new Object[] {null, tier, from.plusMonths(1)});
                }
                case 2 -> {
                    history.add(new Object[] {null, tier, from.minusMonths(2)});
                }
                default -> {
                    history.add(new Object[] {null, earlier, from.minusMonths(3)});
                    history.add(new Object[] {earlier, tier, to.plusMonths(2)});
                }
            }
            Classified c = new Classified(id, tier, SEGMENTS.get(i % 4), STAGES.get((i / 2) % 4),
                    new BigDecimal(100 + i * 37).setScale(2), clv, pAlive, tags,
                    history.stream().map(h -> new TierChange((String) h[1], (LocalDate) h[2])).toList());
            plan.add(c);
            jdbc.update("delete from current_classification where customer_id = ?", id);
            jdbc.update("delete from classification_history where customer_id = ?", id);
            jdbc.update("delete from customer_tag where customer_id = ?", id);
            jdbc.update("""
                    insert into current_classification (customer_id, as_of, run_id, first_purchase, last_purchase,
                        purchase_days, orders, net_value, average_order_value, discount_share, recency_days, age_days,
                        recency_score, frequency_score, monetary_score, segment, tier, stage, p_alive, clv_12m, updated_at)
                    values (?, ?, 0, ?, ?, 1, ?, ?, 10.00, 0, ?, 100, 3, 3, 3, ?, ?, ?, ?, ?, ?)""",
                    id, to, from, from.plusDays(i), 1 + i % 5, c.netValue(), i, c.segment(), tier, c.stage(), pAlive,
                    clv, ts(Instant.now()));
            for (Object[] change : history) {
                jdbc.update("""
                        insert into classification_history (customer_id, run_id, attribute, from_value, to_value, as_of,
                            inputs, changed_at) values (?, 0, 'TIER', ?, ?, ?, '{}', ?)""",
                        id, change[0], change[1], change[2], ts(Instant.now()));
            }
            for (String tag : tags) {
                jdbc.update("insert into customer_tag (customer_id, tag) values (?, ?)", id, tag);
            }
        }
        return plan;
    }

    /** Four kinds of task in turn: open and overdue, done in time (some bought again), done late, open and not due. */
    List<Task> engage(List<Long> customers, LocalDate from, LocalDate to) {
        List<Task> plan = new ArrayList<>();
        for (int i = 0; i < customers.size(); i++) {
            String purpose = (i / 4) % 2 == 0 ? "CARE" : "PROMOTE";
            Instant created = from.plusDays(20 + i).atTime(12, 0).toInstant(ZoneOffset.UTC);
            Instant due = created.plus(Duration.ofDays(3));
            Task task = switch (i % 4) {
                case 0 -> new Task(customers.get(i), purpose, created, due, "OPEN", null, null, null, true);
                case 1 -> new Task(customers.get(i), purpose, created, due, "CLOSED", created.plus(Duration.ofDays(1)),
                        i % 8 == 1 ? "CONTACTED" : "OFFER_SENT", i % 3 != 0, true);
                case 2 -> new Task(customers.get(i), purpose, created, due, "CLOSED", created.plus(Duration.ofDays(5)),
                        i % 8 == 2 ? "UNREACHABLE" : "DECLINED", null, true);
                default -> new Task(customers.get(i), purpose, created, Instant.parse("2099-01-01T00:00:00Z"), "OPEN",
                        null, null, null, true);
            };
            plan.add(task);
        }
        // after the window: must not count
        Instant later = to.plusMonths(1).atTime(12, 0).toInstant(ZoneOffset.UTC);
        plan.add(new Task(customers.get(0), "PROMOTE", later, later.plus(Duration.ofDays(3)), "CLOSED",
                later.plus(Duration.ofDays(1)), "CONTACTED", true, false));
        jdbc.update("delete from engagement_task where customer_id in (" + String.join(",",
                customers.stream().map(String::valueOf).toList()) + ")");
        for (Task t : plan) {
            jdbc.update("""
                    insert into engagement_task (customer_id, purpose, reason, status, open_key, created_at, due_at,
                        closed_at, outcome, closed_by, effect_window_days, bought_again, effect_checked_at)
                    values (?, ?, 'report test', ?, ?, ?, ?, ?, ?, ?, 30, ?, ?)""",
                    t.customerId(), t.purpose(), t.status(), "OPEN".equals(t.status()) ? t.customerId() + ":" + t.purpose() : null,
                    ts(t.createdAt()), ts(t.dueAt()), ts(t.closedAt()), t.outcome(), t.closedAt() == null ? null : "rpt-cs",
                    t.boughtAgain(), t.boughtAgain() == null ? null : ts(t.closedAt().plus(Duration.ofDays(30))));
        }
        return plan;
    }

    /**
     * Decides the reviews of the given orders (the audit sent them to clerks) in five ways in turn: left open, approved
     * by clerk A, rejected by clerk B, escalated by clerk A then decided by the manager, escalated as overdue then
     * approved by the manager. Review hours run 1 to 7, so some are within the 4-hour SLA and some are not.
     */
    List<Decision> decide(List<Long> orderIds) {
        List<Decision> plan = new ArrayList<>();
        for (int k = 0; k < orderIds.size(); k++) {
            long order = orderIds.get(k);
            Object[] start = jdbc.queryForObject("""
                    select e.occurred_at, c.code from order_event e join sales_order o on o.id = e.order_id
                      join channel c on c.id = o.channel_id
                     where e.order_id = ? and e.kind = 'STATUS_CHANGED' and e.to_status = 'PENDING_REVIEW'""",
                    (rs, n) -> new Object[] {rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2)}, order);
            Instant begun = (Instant) start[0];
            String channel = (String) start[1];
            double hours = 1 + k % 7;
            Instant reviewed = begun.plus(Duration.ofMinutes((long) (hours * 60)));
            switch (k % 5) {
                case 0 -> plan.add(new Decision(order, channel, null, null, 0, null));
                case 1 -> {
                    event(order, reviewed, CLERK_A, "STATUS_CHANGED", "PENDING_REVIEW", "APPROVED", "fine");
                    plan.add(new Decision(order, channel, CLERK_A, "APPROVED", hours, null));
                }
                case 2 -> {
                    event(order, reviewed, CLERK_B, "STATUS_CHANGED", "PENDING_REVIEW", "REJECTED", CLERK_REJECT);
                    plan.add(new Decision(order, channel, CLERK_B, "REJECTED", hours, null));
                }
                case 3 -> {
                    event(order, reviewed, CLERK_A, "ESCALATED", null, null, "Customer unsure");
                    event(order, reviewed, CLERK_A, "STATUS_CHANGED", "PENDING_REVIEW", "PENDING_MANAGER", "Escalated");
                    String decision = k % 2 == 0 ? "APPROVED" : "REJECTED";
                    event(order, reviewed.plus(Duration.ofHours(2)), MANAGER, "STATUS_CHANGED", "PENDING_MANAGER",
                            decision, decision.equals("REJECTED") ? MANAGER_REJECT : "ok");
                    plan.add(new Decision(order, channel, CLERK_A, "ESCALATED", hours, decision));
                }
                default -> {
                    Instant overdue = begun.plus(Duration.ofHours(4)).plus(Duration.ofMinutes(1));
                    event(order, overdue, "system", "ESCALATED", null, null, "Review overdue");
                    event(order, overdue, "system", "STATUS_CHANGED", "PENDING_REVIEW", "PENDING_MANAGER", "Review overdue");
                    event(order, overdue.plus(Duration.ofHours(1)), MANAGER, "STATUS_CHANGED", "PENDING_MANAGER",
                            "APPROVED", "ok");
                    plan.add(new Decision(order, channel, "system", "OVERDUE", 4 + 1 / 60.0, "APPROVED"));
                }
            }
        }
        return plan;
    }

    private void event(long order, Instant at, String actor, String kind, String from, String to, String reason) {
        jdbc.update("""
                insert into order_event (order_id, occurred_at, actor, kind, from_status, to_status, reason)
                values (?, ?, ?, ?, ?, ?, ?)""", order, ts(at), actor, kind, from, to, reason);
    }

    private static OffsetDateTime ts(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
