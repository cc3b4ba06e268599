package com.tierflow.classification.internal;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The process instances whose classification job this JVM is executing right now (waiting for its turn included). */
@Component
public class RunningRuns {

    private final Set<String> processInstanceIds = ConcurrentHashMap.newKeySet();

    public void add(String processInstanceId) {
        processInstanceIds.add(processInstanceId);
    }

    public void remove(String processInstanceId) {
        processInstanceIds.remove(processInstanceId);
    }

    Set<String> processInstanceIds() {
        return Set.copyOf(processInstanceIds);
    }
}
