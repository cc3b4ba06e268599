package com.tierflow.classification.internal.decision;

import com.tierflow.classification.internal.model.ActionFacts;
import com.tierflow.classification.internal.model.Segmentation;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The segment, tier and action decisions, parsed once per run from the deployed models and evaluated in memory
 * (compiled where the cells allow, see {@link CompiledDecisionTable}): a full run decides the action of every customer.
 */
public final class DecisionTables implements Segmentation.Rules, ActionFacts.Rules {

    private final Table segment;
    private final Table tier;
    private final Table action;

    private DecisionTables(Table segment, Table tier, Table action) {
        this.segment = segment;
        this.tier = tier;
        this.action = action;
    }

    /** One decision: compiled when its cells allow it, else evaluated by the DMN engine. */
    private record Table(DmnEngine engine, DmnDecision decision, CompiledDecisionTable compiled) {

        static Table of(DmnEngine engine, byte[] model, String key) {
            return new Table(engine, engine.parseDecision(key, new ByteArrayInputStream(model)),
                    CompiledDecisionTable.compile(model, key).orElse(null));
        }

        Map<String, Object> evaluate(Map<String, Object> variables) {
            if (compiled != null) {
                return compiled.evaluate(variables);
            }
            DmnDecisionRuleResult result = engine.evaluateDecisionTable(decision, Variables.fromMap(variables)).getSingleResult();
            return result == null ? null : result.getEntryMap();
        }

        boolean isCompiled() {
            return compiled != null;
        }
    }

    /** Parses the segment and tier decisions of customer-tier.dmn and the decision of customer-action.dmn. */
    public static DecisionTables parse(DmnEngine engine, byte[] tierModel, byte[] actionModel) {
        return new DecisionTables(Table.of(engine, tierModel, Decisions.SEGMENT), Table.of(engine, tierModel, Decisions.TIER),
                Table.of(engine, actionModel, Decisions.ACTION));
    }

    /** Whether every table runs compiled rather than through the FEEL engine. */
    public boolean isCompiled() {
        return segment.isCompiled() && tier.isCompiled() && action.isCompiled();
    }

    @Override
    public Segmentation of(int recency, int frequency, int monetary) {
        Map<String, Object> scores = Map.of(Decisions.RECENCY_SCORE, recency, Decisions.FREQUENCY_SCORE, frequency,
                Decisions.MONETARY_SCORE, monetary);
        Map<String, Object> segmentResult = segment.evaluate(scores);
        Map<String, Object> tierResult = tier.evaluate(scores);
        if (segmentResult == null || tierResult == null) {
            throw new IllegalStateException("The customer-tier decisions give no segment or tier for R=" + recency
                    + " F=" + frequency + " M=" + monetary + "; every score triple needs a rule.");
        }
        return new Segmentation((String) segmentResult.get(Decisions.OUT_SEGMENT), (String) tierResult.get(Decisions.OUT_TIER));
    }

    @Override
    public ActionFacts.Decision decide(ActionFacts facts) {
        Map<String, Object> result = action.evaluate(facts.variables());
        if (result == null || result.get(Decisions.OUT_ACTION) == null) {
            return null;
        }
        return new ActionFacts.Decision((String) result.get(Decisions.OUT_ACTION), (String) result.get(Decisions.OUT_REASON));
    }
}
