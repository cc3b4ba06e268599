package com.tierflow.classification.internal.decision;

import com.tierflow.classification.internal.model.ActionFacts;
import com.tierflow.classification.internal.model.Segmentation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The segment, tier and action decisions, parsed once per run from the deployed models and evaluated in memory: a
 * full run evaluates the action table once per customer, far faster than the engine's decision service with history.
 */
public final class DecisionTables implements Segmentation.Rules, ActionFacts.Rules {

    private final DmnEngine engine;
    private final DmnDecision segment;
    private final DmnDecision tier;
    private final DmnDecision action;

    public DecisionTables(DmnEngine engine, DmnDecision segment, DmnDecision tier, DmnDecision action) {
        this.engine = engine;
        this.segment = segment;
        this.tier = tier;
        this.action = action;
    }

    /** Parses the three decisions from the two model files (e.g. the deployed versions, or the files in tests). */
    public static DecisionTables parse(DmnEngine engine, InputStream tierModel, InputStream tierModelAgain,
            InputStream actionModel) {
        try (tierModel; tierModelAgain; actionModel) {
            return new DecisionTables(engine, engine.parseDecision(Decisions.SEGMENT, tierModel),
                    engine.parseDecision(Decisions.TIER, tierModelAgain), engine.parseDecision(Decisions.ACTION, actionModel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Segmentation of(int recency, int frequency, int monetary) {
        Map<String, Object> scores = Map.of(Decisions.RECENCY_SCORE, recency, Decisions.FREQUENCY_SCORE, frequency,
                Decisions.MONETARY_SCORE, monetary);
        DmnDecisionRuleResult segmentResult = engine.evaluateDecisionTable(segment, Variables.fromMap(scores)).getSingleResult();
        DmnDecisionRuleResult tierResult = engine.evaluateDecisionTable(tier, Variables.fromMap(scores)).getSingleResult();
        if (segmentResult == null || tierResult == null) {
            throw new IllegalStateException("The customer-tier decisions give no segment or tier for R=" + recency
                    + " F=" + frequency + " M=" + monetary + "; every score triple needs a rule.");
        }
        return new Segmentation(segmentResult.getEntry(Decisions.OUT_SEGMENT), tierResult.getEntry(Decisions.OUT_TIER));
    }

    @Override
    public ActionFacts.Decision decide(ActionFacts facts) {
        DmnDecisionRuleResult result = engine.evaluateDecisionTable(action, Variables.fromMap(facts.variables()))
                .getSingleResult();
        if (result == null || result.getEntry(Decisions.OUT_ACTION) == null) {
            return null;
        }
        return new ActionFacts.Decision(result.getEntry(Decisions.OUT_ACTION), result.getEntry(Decisions.OUT_REASON));
    }
}
