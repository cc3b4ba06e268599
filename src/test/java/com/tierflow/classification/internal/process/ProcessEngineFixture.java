package com.tierflow.classification.internal.process;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;

/** A private in-memory engine without Spring: the model files from bpmn/ with the delegates a test hands in. */
final class ProcessEngineFixture {

    private ProcessEngineFixture() {
    }

    static ProcessEngine engine(Map<Object, Object> beans, String... models) {
        ProcessEngineConfigurationImpl configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:process-test-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setEnforceHistoryTimeToLive(true);
        configuration.setBeans(beans);
        ProcessEngine engine = configuration.buildProcessEngine();
        var deployment = engine.getRepositoryService().createDeployment();
        for (String model : models) {
            try {
                deployment.addInputStream(model, new FileInputStream("bpmn/" + model));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        deployment.deploy();
        return engine;
    }
}
