package com.tierflow.classification.internal.process;

import com.tierflow.classification.internal.ClassificationSettings;
import org.springframework.stereotype.Component;

/** Gives the nightly timer start event its cron; Camunda reads it when the process model is deployed. */
@Component("classificationSchedule")
public class ClassificationSchedule {

    private final ClassificationSettings settings;

    ClassificationSchedule(ClassificationSettings settings) {
        this.settings = settings;
    }

    public String cron() {
        return settings.nightlyCron();
    }
}
