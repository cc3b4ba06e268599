package com.tierflow.classification.internal;

import com.tierflow.classification.ClassificationProfile;
import com.tierflow.classification.ClassificationRun;
import com.tierflow.classification.ClassificationService;
import com.tierflow.classification.CurrentClassification;
import com.tierflow.classification.CustomerTier;
import com.tierflow.classification.LifecycleStage;
import com.tierflow.classification.ModelParameters;
import com.tierflow.classification.internal.engagement.EngagementTasks;
import com.tierflow.classification.internal.persistence.ClassificationMapper;
import com.tierflow.classification.internal.persistence.RunRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

@Service
class ClassificationDesk implements ClassificationService {

    private final ClassificationMapper mapper;
    private final RunRequests requests;
    private final EngagementTasks tasks;

    ClassificationDesk(ClassificationMapper mapper, RunRequests requests, EngagementTasks tasks) {
        this.mapper = mapper;
        this.requests = requests;
        this.tasks = tasks;
    }

    @Override
    public ClassificationRun requestRun(LocalDate asOf, boolean dryRun, String requestedBy) {
        return view(requests.requestManualRun(asOf, dryRun, requestedBy));
    }

    @Override
    public Optional<ClassificationRun> findRun(long id) {
        return mapper.findRun(id).map(run -> {
            ClassificationRun view = view(run);
            return run.dryRun ? view.withWouldChange(mapper.runChanges(id)) : view;
        });
    }

    @Override
    public List<ClassificationRun> recentRuns(int limit) {
        return mapper.recentRuns(Math.max(1, Math.min(limit, 500))).stream().map(ClassificationDesk::view).toList();
    }

    @Override
    public Optional<CurrentClassification> current(long customerId) {
        return mapper.findCurrent(customerId).map(c -> new CurrentClassification(c.customerId(),
                CustomerTier.valueOf(c.tier()), c.segment(), LifecycleStage.valueOf(c.stage()), c.asOf(), c.modelId()));
    }

    @Override
    public Optional<ClassificationProfile> profile(long customerId) {
        return mapper.findCurrent(customerId).map(current -> new ClassificationProfile(current,
                mapper.tags(customerId), mapper.history(customerId), tasks.openTasksOf(customerId)));
    }

    @Override
    public Optional<ModelParameters> currentModel() {
        return mapper.currentModel().map(StoredModels::toView);
    }

    @Override
    public Optional<ModelParameters> model(long id) {
        return mapper.findModel(id).map(StoredModels::toView);
    }

    private static ClassificationRun view(RunRow run) {
        return new ClassificationRun(run.id, run.runTrigger, run.scope, run.asOf, run.dryRun, run.importId,
                run.requestedBy, run.status, run.message, run.modelId, run.customers, run.changes, run.actions,
                run.tasksCreated, run.requestedAt, run.startedAt, run.finishedAt, List.of());
    }
}
