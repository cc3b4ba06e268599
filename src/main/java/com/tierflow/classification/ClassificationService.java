package com.tierflow.classification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Classification runs, their results per customer, and the fitted models. */
public interface ClassificationService {

    /**
     * Requests a run over every customer as of the date (today in the business's zone when null); a dry run records what
     * would change and changes nothing. The run carries on asynchronously: poll {@link #findRun(long)}.
     */
    ClassificationRun requestRun(LocalDate asOf, boolean dryRun, String requestedBy);

    /** The run; a dry run lists what it would change. */
    Optional<ClassificationRun> findRun(long id);

    List<ClassificationRun> recentRuns(int limit);

    /** The customer's current tier, segment and stage, for other modules (e.g. audit). */
    Optional<CurrentClassification> current(long customerId);

    Optional<ClassificationProfile> profile(long customerId);

    Optional<ModelParameters> currentModel();

    Optional<ModelParameters> model(long id);
}
