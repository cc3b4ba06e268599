package com.tierflow.classification.internal.process;

import com.tierflow.classification.internal.ClassificationSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Camunda evaluates the cron of a timer start event when the process is deployed, and unchanged models are not
 * deployed again; so when the configured cron differs from the one the nightly timer job carries, the classification
 * process is deployed once more (as its own deployment, leaving the model deployment's duplicate check alone).
 */
@Component
class NightlySchedule {

    private static final Logger log = LoggerFactory.getLogger(NightlySchedule.class);

    private final RepositoryService repository;
    private final JdbcTemplate jdbc;
    private final ClassificationSettings settings;

    NightlySchedule(RepositoryService repository, JdbcTemplate jdbc, ClassificationSettings settings) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    void applyConfiguredCron() {
        ProcessDefinition definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(ClassificationProcess.KEY).latestVersion().singleResult();
        if (definition == null) {
            return; // the first deployment evaluates the configured cron itself
        }
        // REPEAT_ of the timer-start job holds the cycle as evaluated at deployment
        List<String> cycles = jdbc.queryForList("select REPEAT_ from ACT_RU_JOB where HANDLER_TYPE_ = 'timer-start-event'"
                + " and PROCESS_DEF_ID_ = ?", String.class, definition.getId());
        if (cycles.contains(settings.nightlyCron())) {
            return;
        }
        try (InputStream model = repository.getProcessModel(definition.getId())) {
            repository.createDeployment().name("tierflow-nightly-schedule")
                    .addInputStream(definition.getResourceName(), model).deploy();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        log.info("Nightly classification rescheduled from {} to '{}'", cycles, settings.nightlyCron());
    }
}
