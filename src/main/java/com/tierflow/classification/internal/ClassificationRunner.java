package com.tierflow.classification.internal;

import com.tierflow.classification.ClassifiedCustomer;
import com.tierflow.classification.internal.decision.DecisionTables;
import com.tierflow.classification.internal.decision.DeployedDecisions;
import com.tierflow.classification.internal.model.ClassificationModel;
import com.tierflow.classification.internal.model.Classifier;
import com.tierflow.classification.internal.model.CustomerMetrics;
import com.tierflow.classification.internal.model.CustomerScore;
import com.tierflow.classification.internal.model.TagRule;
import com.tierflow.classification.internal.persistence.ClassificationMapper;
import com.tierflow.classification.internal.persistence.ClassificationStore;
import com.tierflow.classification.internal.persistence.ClassificationStore.HistoryEntry;
import com.tierflow.classification.internal.persistence.CustomerValueRow;
import com.tierflow.classification.internal.persistence.ModelRow;
import com.tierflow.classification.internal.persistence.RunRow;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out one classification run: metrics in the database, the model (fitted by a run over everybody, else the
 * current one), scores, and then either the changes applied with their history, or for a dry run only recorded.
 */
@Component
public class ClassificationRunner {

    static final String SCOPE_ALL = "ALL";
    static final String SCOPE_IMPORT = "IMPORT";
    private static final int FAVOURITE_CATEGORIES = 3;
    private static final Logger log = LoggerFactory.getLogger(ClassificationRunner.class);

    private final ClassificationMapper mapper;
    private final ClassificationStore store;
    private final DeployedDecisions decisions;
    private final ClassificationSettings settings;
    private final RunStatus status;
    private final Clock clock;

    ClassificationRunner(ClassificationMapper mapper, ClassificationStore store, DeployedDecisions decisions,
            ClassificationSettings settings, RunStatus status, Clock clock) {
        this.status = status;
        this.mapper = mapper;
        this.store = store;
        this.decisions = decisions;
        this.settings = settings;
        this.clock = clock;
    }

    /** Runs the run, carried by the process instance, unless it completed already. */
    @Transactional
    public RunRow run(long runId, String processInstanceId) {
        store.takeRunLock();
        RunRow run = mapper.findRun(runId).orElseThrow(() -> new IllegalStateException("No classification run " + runId));
        if (!status.start(runId, processInstanceId)) {
            return run;
        }
        long started = System.nanoTime();
        LocalDate asOf = run.asOf;
        Long importId = SCOPE_IMPORT.equals(run.scope) ? run.importId : null;
        List<CustomerMetrics> scored = metrics(asOf, importId);

        ModelRow stored = importId == null ? null : mapper.currentModel().orElse(null);
        ClassificationModel model;
        Double fitSeconds = null;
        int baseSize = scored.size();
        if (stored != null) {
            model = StoredModels.fromRow(stored);
        } else {
            List<CustomerMetrics> base = importId == null ? scored : metrics(asOf, null);
            baseSize = base.size();
            if (base.isEmpty()) {
                return finish(run, "COMPLETED", "No customer has a counted order on or before " + asOf
                        + "; nothing to classify.", null, 0, 0, 0);
            }
            long fitStart = System.nanoTime();
            model = ClassificationModel.fit(0, asOf, base);
            fitSeconds = (System.nanoTime() - fitStart) / 1e9;
        }

        DecisionTables tables = decisions.load();
        List<TagRule> tagRules = mapper.enabledTagRules().stream()
                .map(r -> TagRule.of(r.code(), r.kind(), r.field(), r.operator(), r.threshold(), r.tag())).toList();
        Classifier classifier = new Classifier(model, tables, tables, tagRules, settings.lifecycle(), settings.discountRate());
        // scoring is pure computation: both cores
        List<CustomerScore> scores = scored.parallelStream().map(m -> classifier.score(m, asOf)).toList();

        Map<Long, ClassifiedCustomer> before = mapper.currentOf(importId).stream()
                .collect(Collectors.toMap(ClassifiedCustomer::customerId, Function.identity()));
        List<HistoryEntry> changes = changes(scores, before, asOf);
        int actions = (int) scores.stream().filter(s -> s.action() != null).count();
        String message = model.fitProblem() == null ? null
                : "Scored without BG/NBD and Gamma-Gamma outputs: " + model.fitProblem();

        Instant now = Instant.now(clock);
        Long modelId = stored == null ? null : stored.id;
        if (run.dryRun) {
            store.insertRunChanges(runId, changes);
        } else {
            if (stored == null) {
                ModelRow row = StoredModels.toRow(model, runId, baseSize, fitSeconds, now);
                mapper.insertModel(row);
                modelId = row.id;
            }
            List<CustomerScore> known = scores.stream().filter(s -> before.containsKey(s.customerId())).toList();
            List<CustomerScore> fresh = scores.stream().filter(s -> !before.containsKey(s.customerId())).toList();
            store.updateCurrent(known, runId, modelId, asOf, now);
            store.insertCurrent(fresh, runId, modelId, asOf, now);
            store.insertHistory(changes, runId, modelId, asOf, now);
            store.replaceTags(scores, importId == null);
        }
        log.info("Classification run {} ({} {}, as of {}{}): {} customers, {} changes, {} actions in {} s", runId,
                run.runTrigger, run.scope, asOf, run.dryRun ? ", dry" : "", scores.size(), changes.size(), actions,
                String.format("%.1f", (System.nanoTime() - started) / 1e9));
        return finish(run, "COMPLETED", message, modelId, scores.size(), changes.size(), actions);
    }

    /** Tier, segment and stage changes against the current rows; a first classification is a change from nothing. */
    static List<HistoryEntry> changes(List<CustomerScore> scores, Map<Long, ClassifiedCustomer> before, LocalDate asOf) {
        List<HistoryEntry> changes = new ArrayList<>();
        for (CustomerScore score : scores) {
            ClassifiedCustomer old = before.get(score.customerId());
            String inputs = score.inputsSummary(asOf);
            add(changes, score.customerId(), "TIER", old == null ? null : old.tier(), score.tier(), inputs);
            add(changes, score.customerId(), "SEGMENT", old == null ? null : old.segment(), score.segment(), inputs);
            add(changes, score.customerId(), "STAGE", old == null ? null : old.stage(), score.stage(), inputs);
        }
        return changes;
    }

    private static void add(List<HistoryEntry> changes, long customerId, String attribute, String from, String to,
            String inputs) {
        if (!Objects.equals(from, to)) {
            changes.add(new HistoryEntry(customerId, attribute, from, to, inputs));
        }
    }

    List<CustomerMetrics> metrics(LocalDate asOf, Long importId) {
        OffsetDateTime asOfEnd = asOf.plusDays(1).atStartOfDay(settings.zone()).toOffsetDateTime();
        List<String> statuses = CountedOrders.STATUS_NAMES;
        Map<Long, List<CustomerValueRow>> categories = mapper.categories(statuses, asOfEnd, importId).stream()
                .collect(Collectors.groupingBy(CustomerValueRow::customerId));
        Map<Long, List<String>> channels = new HashMap<>();
        for (CustomerValueRow row : mapper.channels(statuses, asOfEnd, importId)) {
            channels.computeIfAbsent(row.customerId(), id -> new ArrayList<>()).add(row.item());
        }
        return mapper.metrics(statuses, asOfEnd, settings.zone().getId(), importId).stream()
                .map(row -> new CustomerMetrics(row.customerId(), row.firstPurchase(), row.lastPurchase(),
                        row.purchaseDays(), row.orders(), row.netValue(), row.firstDayValue(), row.goodsValue(),
                        row.discountValue(), row.province(), row.city(),
                        favourites(categories.getOrDefault(row.customerId(), List.of())),
                        channels.getOrDefault(row.customerId(), List.of()).stream().sorted().toList()))
                .toList();
    }

    private static List<String> favourites(List<CustomerValueRow> categories) {
        return categories.stream()
                .sorted(Comparator.comparing(CustomerValueRow::amount).reversed().thenComparing(CustomerValueRow::item))
                .limit(FAVOURITE_CATEGORIES).map(CustomerValueRow::item).toList();
    }

    private RunRow finish(RunRow run, String status, String message, Long modelId, int customers, int changes, int actions) {
        run.status = status;
        run.message = message == null ? null : message.length() > 2000 ? message.substring(0, 2000) : message;
        run.modelId = modelId;
        run.customers = customers;
        run.changes = changes;
        run.actions = actions;
        run.finishedAt = Instant.now(clock);
        mapper.finishRun(run);
        return run;
    }
}
