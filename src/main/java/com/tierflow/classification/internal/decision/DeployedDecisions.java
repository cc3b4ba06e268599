package com.tierflow.classification.internal.decision;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/** The latest deployed versions of the classification decisions, so a business user's change applies to the next run. */
@Component
public class DeployedDecisions {

    private final ProcessEngine engine;

    DeployedDecisions(ProcessEngine engine) {
        this.engine = engine;
    }

    public DecisionTables load() {
        return DecisionTables.parse(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getDmnEngine(),
                model(Decisions.TIER), model(Decisions.ACTION));
    }

    private byte[] model(String key) {
        try (InputStream in = engine.getRepositoryService().getDecisionModel(latest(key).getId())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private DecisionDefinition latest(String key) {
        DecisionDefinition definition = engine.getRepositoryService().createDecisionDefinitionQuery()
                .decisionDefinitionKey(key).latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("Decision '" + key + "' is not deployed; the models in bpmn/ deploy at start-up.");
        }
        return definition;
    }
}
