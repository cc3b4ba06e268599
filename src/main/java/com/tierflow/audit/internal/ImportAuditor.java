package com.tierflow.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tierflow.audit.AuditOutcome;
import com.tierflow.audit.AuditProgress;
import com.tierflow.audit.OrderAudit;
import com.tierflow.audit.OrderAuditing;
import com.tierflow.order.OrderLifecycle;
import com.tierflow.order.OrderStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audits an import slice by slice: facts for a range of order ids in one SQL statement, the decision in-process,
 * clean orders approved set-based, exceptions recorded for the {@link ApprovalOutbox}, which starts their approval
 * processes while the next slices run. The run row keeps the next order id, committed with each slice, so a restart
 * continues after the last committed slice; the audit is done once the run is and every approval has started.
 */
@Service
class ImportAuditor implements OrderAuditing {

    static final String ACTOR = "audit";
    private static final Logger log = LoggerFactory.getLogger(ImportAuditor.class);
    private static final int RESULTS_PER_STATEMENT = 500;

    private final AuditMapper audits;
    private final DecisionSource decisions;
    private final OrderLifecycle lifecycle;
    private final ApprovalOutbox outbox;
    private final AuditSettings settings;
    private final Clock clock;
    private final ObjectMapper json;
    private final TransactionTemplate eachSlice;
    private final PostgresPlanning planning;

    ImportAuditor(AuditMapper audits, DecisionSource decisions, OrderLifecycle lifecycle, ApprovalOutbox outbox,
            AuditSettings settings, Clock clock, ObjectMapper json, PlatformTransactionManager transactions,
            PostgresPlanning planning) {
        this.planning = planning;
        this.audits = audits;
        this.decisions = decisions;
        this.lifecycle = lifecycle;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
        this.json = json;
        this.eachSlice = new TransactionTemplate(transactions);
    }

    @Override
    @Transactional
    public AuditProgress auditNextSlice(long importId) {
        AuditRun run = audits.lockRun(importId).orElseGet(() -> start(importId));
        if (run.done()) {
            // the last slice's approvals are visible to the starters once it has committed: the run ends a call later
            outbox.drain(importId);
            return new AuditProgress(importId, 0, 0, 0, 0, true);
        }
        if (!run.orderFlagsReady()) {
            flagOrders(importId);
        }
        long from = run.nextOrderId();
        long to = Math.min(run.lastOrderId(), from + settings.ordersPerTransaction() - 1);
        AuditDecision decision = decisions.latest();
        planning.withoutJitInThisTransaction();
        List<AuditFacts> facts = audits.findFacts(importId, from, to);
        AuditProgress progress = decide(importId, from, to, facts, decision);
        boolean done = to >= run.lastOrderId();
        if (done) {
            audits.deleteSkuPrices(importId);
            audits.deleteSharedAddresses(importId);
            audits.deleteSharedCoupons(importId);
            audits.deleteOrderFlags(importId);
            audits.markOrderFlags(importId, false);
        }
        audits.advanceRun(importId, to + 1, done ? clock.instant() : null);
        if (progress.sentToPeople() > 0) {
            outbox.startAfterCommit(importId);
        }
        return new AuditProgress(importId, progress.audited(), progress.approved(), progress.sentToPeople(),
                progress.rejected(), false);
    }

    @Override
    public AuditProgress auditImport(long importId) {
        AuditProgress total = new AuditProgress(importId, 0, 0, 0, 0, false);
        while (!total.done()) {
            total = total.plus(eachSlice.execute(status -> auditNextSlice(importId)));
        }
        log.info("Import {} audited: {} orders, {} approved, {} for people, {} rejected", importId, total.audited(),
                total.approved(), total.sentToPeople(), total.rejected());
        return total;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderAudit> find(long orderId) {
        return audits.findResult(orderId).map(row -> new OrderAudit(row.orderId(), AuditOutcome.valueOf(row.outcome()),
                split(row.reasons()), split(row.firedRules()), row.decisionId(), row.auditedAt(), row.facts()));
    }

    /** The first slice of an import: the run row, then the facts about the whole import the slices share. */
    private AuditRun start(long importId) {
        planning.refreshIfStale();
        audits.insertRun(importId, clock.instant());
        ImportSpan span = audits.findSpan(importId);
        // an import that brought no new order has no span (MyBatis gives no object for a row of nulls)
        if (span != null && span.firstOrderedAt() != null) {
            audits.insertSkuPrices(importId, span.firstOrderedAt().minus(settings.priceWindow()));
            audits.insertSharedAddresses(importId, span.firstOrderedAt().minus(Duration.ofDays(1)),
                    span.lastOrderedAt().plus(Duration.ofDays(1)));
            audits.insertSharedCoupons(importId);
            planning.analyzeFactTables();
        }
        return audits.lockRun(importId).orElseThrow();
    }

    /** Once per run, in the slice's transaction: a run that began before the flags existed gets them here too. */
    private void flagOrders(long importId) {
        audits.insertOrderFlags(importId, Math.toIntExact(settings.duplicateWindow().toMinutes()));
        audits.markOrderFlags(importId, true);
        planning.analyzeOrderFlags();
    }

    /** The exceptions move first, by id; then every order of the slice still IMPORTED is a clean one, moved by range. */
    private AuditProgress decide(long importId, long fromId, long toId, List<AuditFacts> facts, AuditDecision decision) {
        Instant now = clock.instant();
        int clean = 0;
        Map<List<Object>, List<Decided>> exceptions = new LinkedHashMap<>();
        for (AuditFacts order : facts) {
            TimeStandard time = TimeStandard.of(order.orderedAt(), now, settings.maxOrderAge(), settings.allowedClockSkew());
            Map<String, Object> variables = order.variables(time);
            Verdict verdict = decision.evaluate(variables);
            if (verdict.outcome() == AuditOutcome.AUTO_APPROVE) {
                clean++;
            } else {
                exceptions.computeIfAbsent(List.of(verdict.outcome(), verdict.reasons(), verdict.firedRules()),
                        key -> new ArrayList<>()).add(new Decided(order, verdict, variables));
            }
        }
        int toPeople = 0;
        int rejected = 0;
        List<AuditResultRow> results = new ArrayList<>();
        for (List<Decided> group : exceptions.values()) {
            Verdict verdict = group.get(0).verdict();
            lifecycle.transitionAll(group.stream().map(d -> d.facts().orderId()).toList(), OrderStatus.IMPORTED,
                    verdict.outcome().status(), ACTOR, "Automatic audit: " + verdict.outcome() + " (" + verdict.reasonText()
                            + ")", details(verdict, decision));
            for (Decided order : group) {
                // the outbox starts the approval process once this slice has committed
                if (verdict.outcome().needsPeople()) {
                    toPeople++;
                } else {
                    rejected++;
                }
                results.add(new AuditResultRow(order.facts().orderId(), importId, verdict.outcome().name(),
                        verdict.reasonText(), String.join(",", verdict.firedRules()), decision.definitionId(), now,
                        toJson(order.variables()), null));
            }
        }
        if (clean > 0) {
            lifecycle.transitionImportRange(importId, fromId, toId, OrderStatus.IMPORTED, OrderStatus.APPROVED, clean,
                    ACTOR, "Automatic audit: no risk found", details(Verdict.CLEAN, decision));
        }
        for (int start = 0; start < results.size(); start += RESULTS_PER_STATEMENT) {
            audits.insertResults(results.subList(start, Math.min(results.size(), start + RESULTS_PER_STATEMENT)));
        }
        return new AuditProgress(importId, facts.size(), clean, toPeople, rejected, false);
    }

    private String details(Verdict verdict, AuditDecision decision) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("outcome", verdict.outcome());
        details.put("reasons", verdict.reasons());
        details.put("firedRules", verdict.firedRules());
        details.put("decision", decision.definitionId());
        return toJson(details);
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write audit details as JSON", e);
        }
    }

    private static List<String> split(String commaSeparated) {
        return commaSeparated == null || commaSeparated.isEmpty() ? List.of() : Arrays.asList(commaSeparated.split(","));
    }

    private record Decided(AuditFacts facts, Verdict verdict, Map<String, Object> variables) {
    }
}
