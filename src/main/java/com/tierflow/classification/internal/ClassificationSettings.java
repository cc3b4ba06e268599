package com.tierflow.classification.internal;

import com.tierflow.classification.internal.model.LifecycleRules;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Classification and engagement settings.
 *
 * @param zone the business's time zone: it decides on which day an order was placed and where an as-of date ends
 * @param discountRate annual discount rate of the 12-month CLV
 * @param nightlyCron when the full run starts (Quartz-style cron of Camunda's timer; read when the models are deployed)
 * @param maxTasksPerRun at most this many new tasks per purpose and run, most valuable customers first
 * @param taskDueDays a task is due this many days after it is created
 * @param cooldownDays no new task for a customer and purpose this many days after the last one closed
 * @param effectWindowDays a task was effective when the customer bought within this many days after it closed
 */
@ConfigurationProperties("tierflow.classification")
public record ClassificationSettings(
        @DefaultValue("Asia/Shanghai") ZoneId zone,
        @DefaultValue("0.10") double discountRate,
        @DefaultValue("0 0 2 * * ?") String nightlyCron,
        @DefaultValue("200") int maxTasksPerRun,
        @DefaultValue("3") int taskDueDays,
        @DefaultValue("30") int cooldownDays,
        @DefaultValue("30") int effectWindowDays,
        @DefaultValue("30") int newWithinDays,
        @DefaultValue("90") double defaultCycleDays,
        @DefaultValue("14") double minimumCycleDays,
        @DefaultValue("1.5") double atRiskCycles,
        @DefaultValue("3") double churnedCycles,
        @DefaultValue("0.5") double atRiskAlive,
        @DefaultValue("0.15") double churnedAlive) {

    public LifecycleRules lifecycle() {
        return new LifecycleRules(newWithinDays, defaultCycleDays, minimumCycleDays, atRiskCycles, churnedCycles,
                atRiskAlive, churnedAlive);
    }
}
