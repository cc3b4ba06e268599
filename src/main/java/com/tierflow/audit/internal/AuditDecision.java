package com.tierflow.audit.internal;

import com.tierflow.audit.AuditOutcome;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationListener;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;

/**
 * The {@code order-audit} decision table parsed once and evaluated in-process, without the process engine's
 * DecisionService and its history. Verdicts are cached per class of input tuple ({@link InputClasses}): an import
 * has a few hundred distinct classes among hundreds of thousands of orders, so the table itself runs a few hundred
 * times. Thread-safe.
 */
final class AuditDecision {

    static final String DECISION_KEY = "order-audit";
    static final String OUTCOME = "outcome";
    static final String REASON = "reason";

    // the engine reports matching rules to listeners only; each evaluation runs on one thread, so a per-thread slot
    private static final ThreadLocal<List<DmnEvaluatedDecisionRule>> MATCHED = new ThreadLocal<>();
    private static final DmnEngine ENGINE = buildEngine();

    // a bound against pathological tables whose inputs cannot be classed; beyond it verdicts are just not kept
    private static final int MAX_CACHED = 200_000;

    private final String definitionId;
    private final DmnDecision decision;
    private final InputClasses classes;
    private final Map<List<Object>, Verdict> verdicts = new ConcurrentHashMap<>();

    private AuditDecision(String definitionId, DmnDecision decision, InputClasses classes) {
        this.definitionId = definitionId;
        this.decision = decision;
        this.classes = classes;
    }

    static AuditDecision parse(String definitionId, byte[] dmn) {
        return new AuditDecision(definitionId, ENGINE.parseDecision(DECISION_KEY, new ByteArrayInputStream(dmn)),
                InputClasses.of(dmn, DECISION_KEY));
    }

    String definitionId() {
        return definitionId;
    }

    Verdict evaluate(Map<String, Object> variables) {
        List<Object> key = classes.key(variables);
        Verdict known = verdicts.get(key);
        if (known != null) {
            return known;
        }
        Verdict verdict = evaluateTable(variables);
        if (verdicts.size() < MAX_CACHED) {
            verdicts.put(key, verdict);
        }
        return verdict;
    }

    /** Runs the table itself, bypassing the cache. */
    Verdict evaluateTable(Map<String, Object> variables) {
        try {
            ENGINE.evaluateDecisionTable(decision, variables);
            List<DmnEvaluatedDecisionRule> matched = MATCHED.get();
            if (matched == null || matched.isEmpty()) {
                return Verdict.CLEAN;
            }
            AuditOutcome outcome = AuditOutcome.AUTO_APPROVE;
            Set<String> reasons = new LinkedHashSet<>();
            List<String> rules = new ArrayList<>(matched.size());
            for (DmnEvaluatedDecisionRule rule : matched) {
                rules.add(rule.getId());
                outcome = outcome.mostSevere(AuditOutcome.valueOf((String) rule.getOutputEntries().get(OUTCOME).getValue()
                        .getValue()));
                reasons.add((String) rule.getOutputEntries().get(REASON).getValue().getValue());
            }
            return new Verdict(outcome, List.copyOf(reasons), rules);
        } finally {
            MATCHED.remove();
        }
    }

    private static DmnEngine buildEngine() {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        DmnDecisionTableEvaluationListener listener = AuditDecision::remember;
        configuration.customPostDecisionTableEvaluationListeners(List.of(listener));
        // the FEEL-Scala engine re-parses every test on every evaluation (about 800 evaluations/s here); the legacy
        // engine compiles simple unary tests once (about 20,000/s), which is all a decision table needs
        configuration.enableFeelLegacyBehavior(true);
        return configuration.buildEngine();
    }

    private static void remember(DmnDecisionTableEvaluationEvent event) {
        MATCHED.set(event.getMatchingRules());
    }
}
