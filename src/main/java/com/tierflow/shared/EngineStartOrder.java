package com.tierflow.shared;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.context.annotation.Configuration;

/** Flyway owns the Camunda tables, so the engine must not start before the migrations ran. */
@Configuration(proxyBeanMethods = false)
class EngineStartOrder extends AbstractDependsOnBeanFactoryPostProcessor {

    EngineStartOrder() {
        super(ProcessEngine.class, ProcessEngineFactoryBean.class, "flywayInitializer");
    }
}
