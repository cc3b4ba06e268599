package com.tierflow.audit.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * The latest deployed {@code order-audit} decision, parsed once per decision definition: a redeployed table (new
 * version, new id) is picked up by the next audit, an unchanged one is never parsed again.
 */
@Component
class DecisionSource {

    private final RepositoryService repository;
    private final AtomicReference<AuditDecision> parsed = new AtomicReference<>();

    DecisionSource(RepositoryService repository) {
        this.repository = repository;
    }

    AuditDecision latest() {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(AuditDecision.DECISION_KEY).latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("The decision '" + AuditDecision.DECISION_KEY + "' is not deployed.");
        }
        AuditDecision current = parsed.get();
        if (current != null && current.definitionId().equals(definition.getId())) {
            return current;
        }
        try (InputStream dmn = repository.getDecisionModel(definition.getId())) {
            AuditDecision fresh = AuditDecision.parse(definition.getId(), dmn.readAllBytes());
            parsed.set(fresh);
            return fresh;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read decision " + definition.getId(), e);
        }
    }
}
