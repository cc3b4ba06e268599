package com.tierflow.classification.internal.process;

/** Key, element ids and variables of bpmn/customer-classification.bpmn. */
public final class ClassificationProcess {

    public static final String KEY = "customer-classification";
    public static final String REQUESTED = "classificationRequested";
    /** The message that starts a run after an import or on a manager's request (the timer starts the others). */
    public static final String REQUESTED_MESSAGE = "classification-requested";
    public static final String NIGHTLY_RUN = "nightlyRun";
    public static final String CLASSIFY_CUSTOMERS = "classifyCustomers";
    public static final String REQUEST_ENGAGEMENT_TASKS = "requestEngagementTasks";
    public static final String DRY_RUN_REPORTED = "dryRunReported";
    public static final String CUSTOMERS_CLASSIFIED = "customersClassified";

    public static final String VAR_RUN_ID = "runId";
    public static final String VAR_DRY_RUN = "dryRun";

    private ClassificationProcess() {
    }
}
