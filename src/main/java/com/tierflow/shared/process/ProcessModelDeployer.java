package com.tierflow.shared.process;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys the models in {@code bpmn/} (BPMN, DMN and Camunda forms) as one deployment. A packaged Boot jar can show
 * a resource twice (jar:file and jar:nested URLs), so resources are keyed by their name; duplicate filtering makes
 * a restart, or a second node, deploy nothing when no model changed.
 */
@Component
public class ProcessModelDeployer {

    static final String DEPLOYMENT_NAME = "tierflow-models";
    private static final Logger log = LoggerFactory.getLogger(ProcessModelDeployer.class);

    private final RepositoryService repository;
    private final String location;

    ProcessModelDeployer(RepositoryService repository, @Value("${tierflow.models.location:classpath*:bpmn/}") String location) {
        this.repository = repository;
        this.location = location.endsWith("/") ? location : location + "/";
    }

    @EventListener(ApplicationReadyEvent.class)
    public void deployModels() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> found = new ArrayList<>();
        try {
            for (String pattern : new String[] {"**/*.bpmn", "**/*.dmn", "**/*.form"}) {
                found.addAll(List.of(resolver.getResources(location + pattern)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the process models in " + location, e);
        }
        deploy(DEPLOYMENT_NAME, byName(found));
    }

    /** One resource per model name, whichever URL it was found under first. */
    static Map<String, Resource> byName(List<Resource> resources) {
        Map<String, Resource> models = new LinkedHashMap<>();
        for (Resource resource : resources) {
            try {
                models.putIfAbsent(nameOf(resource), resource);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the location of " + resource, e);
            }
        }
        return models;
    }

    /** Deploys the models under their names; an unchanged set deploys nothing new. Null when there are none. */
    Deployment deploy(String deploymentName, Map<String, Resource> models) {
        if (models.isEmpty()) {
            log.info("No process models found in {}", location);
            return null;
        }
        DeploymentBuilder deployment = repository.createDeployment().name(deploymentName).enableDuplicateFiltering(false);
        for (Map.Entry<String, Resource> model : models.entrySet()) {
            try (InputStream in = model.getValue().getInputStream()) {
                deployment.addInputStream(model.getKey(), new ByteArrayInputStream(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read process model " + model.getKey(), e);
            }
        }
        Deployment deployed = deployment.deployWithResult();
        log.info("Process models {} deployed as {}", models.keySet(), deployed.getId());
        return deployed;
    }

    /** The path below bpmn/, the same for both URLs of a resource in a nested jar. */
    static String nameOf(Resource resource) throws IOException {
        String url = resource.getURL().toString();
        int at = url.lastIndexOf("bpmn/");
        return at >= 0 ? url.substring(at + "bpmn/".length()) : resource.getFilename();
    }
}
