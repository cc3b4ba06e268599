package com.tierflow.classification.internal.engagement;

import com.tierflow.classification.ClassifiedCustomer;
import com.tierflow.classification.EngagementService;
import com.tierflow.classification.EngagementTask;
import com.tierflow.classification.internal.ClassificationSettings;
import com.tierflow.classification.internal.CountedOrders;
import com.tierflow.classification.internal.persistence.ClassificationMapper;
import com.tierflow.classification.internal.process.EngagementProcess;
import com.tierflow.customer.CustomerProfile;
import com.tierflow.customer.CustomerQueries;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.PageRequest;
import com.tierflow.shared.PageResult;
import com.tierflow.shared.RejectedRequestException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a run's CARE and PROMOTE recommendations into customer-engagement processes: at most one open task per
 * customer and purpose, none within the cool-down after one closed, at most {@code maxTasksPerRun} per purpose.
 */
@Service
public class EngagementTasks implements EngagementService {

    // each task's engagement process carries "task-<id>" as its business key
    private static final String BUSINESS_KEY_PREFIX = "task-";

    static final Set<String> OUTCOMES = Set.of("CONTACTED", "UNREACHABLE", "OFFER_SENT", "DECLINED");
    private static final Logger log = LoggerFactory.getLogger(EngagementTasks.class);

    private final EngagementMapper tasks;
    private final ClassificationMapper classification;
    private final RuntimeService runtime;
    private final TaskService taskService;
    private final CustomerQueries customers;
    private final ClassificationSettings settings;
    private final Clock clock;

    EngagementTasks(EngagementMapper tasks, ClassificationMapper classification, RuntimeService runtime,
            TaskService taskService, CustomerQueries customers, ClassificationSettings settings, Clock clock) {
        this.tasks = tasks;
        this.classification = classification;
        this.runtime = runtime;
        this.taskService = taskService;
        this.customers = customers;
        this.settings = settings;
        this.clock = clock;
    }

    /** Starts a task per new recommendation of the run; returns how many were started. */
    @Transactional
    public int requestTasks(long runId) {
        Instant now = Instant.now(clock);
        Instant coolDownStart = now.minus(Duration.ofDays(settings.cooldownDays()));
        Map<String, Integer> started = new HashMap<>();
        for (EngagementMapper.Candidate candidate : tasks.candidates(runId)) {
            String purpose = candidate.action();
            if (started.getOrDefault(purpose, 0) >= settings.maxTasksPerRun()
                    || tasks.hasOpenOrRecent(candidate.customerId(), purpose, coolDownStart)) {
                continue;
            }
            start(candidate, runId, now);
            started.merge(purpose, 1, Integer::sum);
        }
        int total = started.values().stream().mapToInt(Integer::intValue).sum();
        classification.recordTasksCreated(runId, total);
        log.info("Classification run {} started engagement tasks {}", runId, started);
        return total;
    }

    private void start(EngagementMapper.Candidate candidate, long runId, Instant now) {
        TaskRow row = new TaskRow();
        row.customerId = candidate.customerId();
        row.purpose = candidate.action();
        row.reason = candidate.actionReason() == null ? candidate.action() : candidate.actionReason();
        row.runId = runId;
        row.openKey = candidate.customerId() + ":" + candidate.action();
        row.createdAt = now;
        row.dueAt = now.plus(Duration.ofDays(settings.taskDueDays()));
        row.effectWindowDays = settings.effectWindowDays();
        tasks.insert(row);
        CustomerProfile customer = customers.find(candidate.customerId()).orElse(null);
        ClassifiedCustomer current = classification.findCurrent(candidate.customerId()).orElse(null);
        Map<String, Object> variables = new HashMap<>();
        variables.put(EngagementProcess.VAR_TASK_ID, row.id);
        variables.put(EngagementProcess.VAR_PURPOSE, row.purpose);
        variables.put(EngagementProcess.VAR_CUSTOMER_ID, row.customerId);
        variables.put(EngagementProcess.VAR_CUSTOMER_NAME, customer == null || customer.name() == null
                ? "customer " + row.customerId : customer.name());
        variables.put(EngagementProcess.VAR_REASON, row.reason);
        variables.put(EngagementProcess.VAR_DUE_DATE, Date.from(row.dueAt));
        variables.put(EngagementProcess.VAR_EFFECT_WINDOW, "P" + row.effectWindowDays + "D");
        variables.put(EngagementProcess.VAR_PROFILE, profileLine(customer, current));
        String processInstanceId = runtime.startProcessInstanceByKey(EngagementProcess.KEY, BUSINESS_KEY_PREFIX + row.id,
                variables).getId();
        tasks.attachProcess(row.id, processInstanceId);
    }

    /** The customer as the task shows them in Tasklist. */
    static String profileLine(CustomerProfile customer, ClassifiedCustomer c) {
        StringBuilder line = new StringBuilder();
        if (customer != null) {
            line.append(customer.name() == null ? "" : customer.name()).append(" · ")
                    .append(customer.phone() == null ? "no phone" : customer.phone());
        }
        if (c != null) {
            line.append(String.format(Locale.ROOT, " · tier %s · %s · stage %s · %d purchase days, last %s · net %s",
                    c.tier(), c.segment(), c.stage(), c.purchaseDays(), c.lastPurchase(), c.netValue().toPlainString()));
            if (c.pAlive() != null) {
                line.append(String.format(Locale.ROOT, " · P(alive) %.2f", c.pAlive()));
            }
            if (c.clv12m() != null) {
                line.append(" · CLV 12m ").append(c.clv12m().toPlainString());
            }
            if (c.favouriteCategories() != null) {
                line.append(" · buys ").append(c.favouriteCategories());
            }
        }
        return line.toString();
    }

    @Override
    @Transactional
    public EngagementTask complete(long taskId, String outcome, String note, String user) {
        String normalised = outcome == null ? null : outcome.trim().toUpperCase(Locale.ROOT);
        if (normalised == null || !OUTCOMES.contains(normalised)) {
            throw new RejectedRequestException("The outcome must be one of " + OUTCOMES.stream().sorted().toList() + ".");
        }
        EngagementTask task = find(taskId);
        if (!"OPEN".equals(task.status())) {
            throw new ConflictException("Task " + taskId + " was closed already with outcome " + task.outcome() + ".");
        }
        Task userTask = taskService.createTaskQuery().processInstanceBusinessKey(BUSINESS_KEY_PREFIX + taskId)
                .singleResult();
        if (userTask == null) {
            throw new ConflictException("Task " + taskId + " is being closed by someone else right now.");
        }
        if (userTask.getAssignee() != null && !userTask.getAssignee().equals(user)) {
            throw new ConflictException("Task " + taskId + " is claimed by " + userTask.getAssignee() + ".");
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(EngagementProcess.VAR_OUTCOME, normalised);
        variables.put(EngagementProcess.VAR_NOTE, note);
        variables.put(EngagementProcess.VAR_CLOSED_BY, user);
        taskService.complete(userTask.getId(), variables);
        return find(taskId);
    }

    /** Called by the process when the user task completes (here or in Tasklist). */
    public void recordOutcome(long taskId, String outcome, String note, String closedBy) {
        tasks.close(taskId, outcome == null ? "CONTACTED" : outcome, note, closedBy, Instant.now(clock));
    }

    /** Called by the process when the effect window has passed. */
    public void checkEffect(long taskId) {
        EngagementTask task = find(taskId);
        Instant from = task.closedAt();
        Instant to = from.plus(Duration.ofDays(task.effectWindowDays()));
        tasks.recordEffect(taskId, classification.boughtBetween(task.customerId(), CountedOrders.STATUS_NAMES, from, to),
                Instant.now(clock));
    }

    @Override
    public EngagementTask find(long taskId) {
        return tasks.find(taskId).orElseThrow(() -> new NotFoundException("There is no engagement task " + taskId + "."));
    }

    @Override
    @Transactional
    public EngagementTask claim(long taskId, String user) {
        EngagementTask task = find(taskId);
        Task userTask = openUserTask(task);
        if (userTask.getAssignee() != null && !userTask.getAssignee().equals(user)) {
            throw new ConflictException("Task " + taskId + " is claimed by " + userTask.getAssignee() + ".");
        }
        if (userTask.getAssignee() == null) {
            try {
                taskService.claim(userTask.getId(), user);
            } catch (TaskAlreadyClaimedException | OptimisticLockingException raced) {
                throw new ConflictException("Task " + taskId + " was claimed by someone else a moment ago; reload the list.");
            }
        }
        return task;
    }

    @Override
    @Transactional
    public EngagementTask release(long taskId, String user, boolean anyClaimant) {
        EngagementTask task = find(taskId);
        Task userTask = openUserTask(task);
        if (userTask.getAssignee() == null) {
            throw new ConflictException("Task " + taskId + " is not claimed by anyone.");
        }
        if (!userTask.getAssignee().equals(user) && !anyClaimant) {
            throw new ConflictException("Task " + taskId + " is claimed by " + userTask.getAssignee()
                    + "; they or a manager can hand it back.");
        }
        try {
            taskService.setAssignee(userTask.getId(), null);
        } catch (OptimisticLockingException raced) {
            throw new ConflictException("Task " + taskId + " changed a moment ago; reload the list.");
        }
        return task;
    }

    /** The engine's user task of an open task; a task closed here or in Tasklist has none. */
    private Task openUserTask(EngagementTask task) {
        Task userTask = "OPEN".equals(task.status()) ? taskService.createTaskQuery()
                .processInstanceBusinessKey(BUSINESS_KEY_PREFIX + task.id()).singleResult() : null;
        if (userTask == null) {
            throw new ConflictException("Task " + task.id() + " was closed already.");
        }
        return userTask;
    }

    @Override
    public PageResult<EngagementTaskView> openTasks(Set<String> purposes, PageRequest page) {
        if (purposes.isEmpty()) {
            return page.result(List.of(), 0);
        }
        List<EngagementTask> open = tasks.openPage(purposes, page.size(), page.offset());
        Map<Long, String> assignees = assigneesOf(open);
        List<EngagementTaskView> views = open.stream().map(task -> {
            CustomerProfile customer = customers.find(task.customerId()).orElse(null);
            return new EngagementTaskView(task, customer == null ? null : customer.name(),
                    customer == null ? null : customer.phone(), classification.findCurrent(task.customerId()).orElse(null),
                    assignees.get(task.id()));
        }).toList();
        return page.result(views, tasks.countOpen(purposes));
    }

    /** Who claimed which of these tasks: the claimed user tasks by the page's business keys ("task-<id>"). */
    private Map<Long, String> assigneesOf(List<EngagementTask> open) {
        Map<String, String> assigneeByInstance = new HashMap<>();
        if (!open.isEmpty()) {
            String[] keys = open.stream().map(task -> BUSINESS_KEY_PREFIX + task.id()).toArray(String[]::new);
            for (Task claimed : taskService.createTaskQuery().processInstanceBusinessKeyIn(keys).taskAssigned().list()) {
                assigneeByInstance.put(claimed.getProcessInstanceId(), claimed.getAssignee());
            }
        }
        Map<Long, String> assignees = new HashMap<>();
        if (!assigneeByInstance.isEmpty()) {
            runtime.createProcessInstanceQuery().processInstanceIds(assigneeByInstance.keySet()).list().forEach(instance ->
                    assignees.put(Long.parseLong(instance.getBusinessKey().substring(BUSINESS_KEY_PREFIX.length())),
                            assigneeByInstance.get(instance.getId())));
        }
        return assignees;
    }

    public List<EngagementTask> openTasksOf(long customerId) {
        return tasks.openOf(customerId);
    }

    @Override
    public List<Effectiveness> effectiveness() {
        return tasks.effectiveness().stream().map(row -> new Effectiveness(row.purpose(), row.outcome(), row.closed(),
                row.checked(), row.boughtAgain(), row.checked() == 0 ? null : (double) row.boughtAgain() / row.checked()))
                .toList();
    }
}
