package com.tierflow.classification;

import java.util.List;

/** Everything classification knows about a customer: the current row, tags, history and open tasks. */
public record ClassificationProfile(ClassifiedCustomer current, List<String> tags, List<ClassificationChange> history,
                                    List<EngagementTask> openTasks) {

    public ClassificationProfile {
        tags = List.copyOf(tags);
        history = List.copyOf(history);
        openTasks = List.copyOf(openTasks);
    }
}
