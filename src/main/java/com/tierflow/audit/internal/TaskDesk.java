package com.tierflow.audit.internal;

import static com.tierflow.audit.internal.OrderApprovalProcess.*;

import com.tierflow.audit.ApprovalTask;
import com.tierflow.audit.OrderApprovals;
import com.tierflow.audit.TaskDecision;
import com.tierflow.audit.TaskFilter;
import com.tierflow.audit.TaskResult;
import com.tierflow.order.OrderEventKind;
import com.tierflow.order.OrderLifecycle;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.PageRequest;
import com.tierflow.shared.PageResult;
import com.tierflow.shared.RejectedRequestException;
import com.tierflow.shared.auditlog.AuditAction;
import com.tierflow.shared.auditlog.AuditLog;
import com.tierflow.shared.auditlog.AuditOutcome;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Works order-approval tasks as the signed-in user: the engine runs with the user's authentication, so Camunda's
 * authorizations and the task listener's rules apply as in Tasklist. Each change runs in its own transaction and its
 * failure is translated after the rollback.
 */
@Service
class TaskDesk implements OrderApprovals {

    private static final Map<TaskDecision, String> AUDIT_ACTIONS = Map.of(TaskDecision.APPROVE, AuditAction.ORDER_APPROVED,
            TaskDecision.REJECT, AuditAction.ORDER_REJECTED, TaskDecision.ESCALATE, AuditAction.ORDER_ESCALATED);

    // one commit per batch instead of per task; a refused task costs its batch a second, task-by-task pass
    private static final int DECISIONS_PER_TRANSACTION = 50;
    // batches run side by side on their own connections: each completion waits on the database, not on the CPU
    private static final int PARALLEL_BATCHES = 2;
    private static final Logger log = LoggerFactory.getLogger(TaskDesk.class);

    private final TaskService engineTasks;
    private final RuntimeService runtime;
    private final OrderLifecycle lifecycle;
    private final IdentityService identity;
    private final TaskMapper tasks;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final AuditLog auditLog;
    private final ExecutorService batchWorkers = Executors.newFixedThreadPool(PARALLEL_BATCHES, runnable -> {
        Thread worker = new Thread(runnable, "bulk-decision");
        worker.setDaemon(true);
        return worker;
    });

    TaskDesk(TaskService engineTasks, RuntimeService runtime, OrderLifecycle lifecycle, IdentityService identity,
            TaskMapper tasks, Clock clock, PlatformTransactionManager transactions, AuditLog auditLog) {
        this.auditLog = auditLog;
        this.engineTasks = engineTasks;
        this.runtime = runtime;
        this.lifecycle = lifecycle;
        this.identity = identity;
        this.tasks = tasks;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public PageResult<ApprovalTask> tasks(String userId, TaskFilter filter, int page, int size) {
        TaskFilter criteria = filter == null ? TaskFilter.all() : filter;
        PageRequest request = new PageRequest(page, size);
        List<String> groups = groupsOf(userId);
        Instant now = clock.instant();
        Instant createdBefore = criteria.minAge() == null ? null : now.minus(criteria.minAge());
        Instant createdAfter = criteria.maxAge() == null ? null : now.minus(criteria.maxAge());
        List<ApprovalTask> found = tasks.find(userId, groups, criteria, createdBefore, createdAfter, request.offset(),
                request.size()).stream().map(TaskRow::toTask).toList();
        return request.result(found, tasks.count(userId, groups, criteria, createdBefore, createdAfter));
    }

    @Override
    public ApprovalTask claim(String taskId, String userId) {
        asUser(userId, () -> {
            Task task = find(taskId);
            if (task.getAssignee() != null && !task.getAssignee().equals(userId)) {
                throw new ConflictException("Task " + taskId + " is claimed by " + task.getAssignee() + ".");
            }
            if (task.getAssignee() == null) {
                engineTasks.claim(taskId, userId);
            }
            return null;
        });
        return view(taskId);
    }

    @Override
    public ApprovalTask unclaim(String taskId, String userId) {
        asUser(userId, () -> {
            Task task = find(taskId);
            if (!userId.equals(task.getAssignee())) {
                throw new ConflictException("Task " + taskId + " is not claimed by you.");
            }
            engineTasks.setAssignee(taskId, null);
            return null;
        });
        return view(taskId);
    }

    @Override
    public TaskResult decide(String taskId, TaskDecision decision, String reason, String userId) {
        return decide(taskId, decision, reason, userId, groupsOf(userId));
    }

    /** An open task is completed without a separate claim: the task listener holds the user to the same rules. */
    private TaskResult decide(String taskId, TaskDecision decision, String reason, String userId, List<String> groups) {
        return asUser(userId, groups, () -> completeAll(List.of(taskId), decision, reason, userId)).get(0);
    }

    /** Completes the tasks in order, stopping at the first refusal; the tasks and their orders are read in one go. */
    private List<TaskResult> completeAll(List<String> taskIds, TaskDecision decision, String reason, String userId) {
        Map<String, Task> open = engineTasks.createTaskQuery().taskIdIn(taskIds.toArray(String[]::new))
                .processDefinitionKey(KEY).list().stream().collect(Collectors.toMap(Task::getId, task -> task));
        Map<String, Long> orderOfTask = tasks.findByIds(taskIds).stream()
                .collect(Collectors.toMap(TaskRow::taskId, TaskRow::orderId));
        List<TaskResult> results = new ArrayList<>(taskIds.size());
        for (String taskId : taskIds) {
            Task task = open.get(taskId);
            if (task == null) {
                throw new NotFoundException("There is no open approval task " + taskId + " that you may see.");
            }
            if (task.getAssignee() != null && !task.getAssignee().equals(userId)) {
                throw new ConflictException("Task " + taskId + " is claimed by " + task.getAssignee() + ".");
            }
            Long orderId = orderOfTask.get(taskId);
            if (orderId == null) {
                orderId = ((Number) engineTasks.getVariable(taskId, ORDER_ID)).longValue();
            }
            engineTasks.complete(taskId, variables(task, decision, reason));
            // in the decision's transaction: a decision that rolls back leaves no entry claiming it happened
            String why = reason == null || reason.isBlank() ? "" : " reason=" + reason.strip();
            auditLog.record(userId, AUDIT_ACTIONS.get(decision), AuditOutcome.SUCCEEDED, "order", orderId,
                    "task=" + task.getTaskDefinitionKey() + why);
            results.add(new TaskResult(taskId, orderId, true, 200, decision + " recorded for order " + orderId + "."));
        }
        return results;
    }

    @Override
    public List<TaskResult> decideAll(List<String> taskIds, TaskDecision decision, String reason, String userId) {
        if (taskIds == null || taskIds.isEmpty()) {
            throw new RejectedRequestException("Name the tasks to decide (taskIds).");
        }
        // a task named twice is decided once
        List<String> distinct = List.copyOf(new LinkedHashSet<>(taskIds));
        List<String> groups = groupsOf(userId);
        // the workers log each decision with the caller's request (its address), as a single decision is logged
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        List<CompletableFuture<List<TaskResult>>> batches = new ArrayList<>();
        for (int start = 0; start < distinct.size(); start += DECISIONS_PER_TRANSACTION) {
            List<String> batch = distinct.subList(start, Math.min(distinct.size(), start + DECISIONS_PER_TRANSACTION));
            batches.add(CompletableFuture.supplyAsync(() -> {
                RequestContextHolder.setRequestAttributes(request);
                try {
                    return decideBatch(batch, decision, reason, userId, groups);
                } finally {
                    RequestContextHolder.resetRequestAttributes();
                }
            }, batchWorkers));
        }
        // every batch is waited for: a batch that failed unexpectedly gives its tasks error rows, the others stand
        List<TaskResult> results = new ArrayList<>(distinct.size());
        for (int i = 0; i < batches.size(); i++) {
            try {
                results.addAll(batches.get(i).join());
            } catch (CompletionException failed) {
                log.error("A batch of a bulk decision by {} failed", userId, failed.getCause());
                int start = i * DECISIONS_PER_TRANSACTION;
                distinct.subList(start, Math.min(distinct.size(), start + DECISIONS_PER_TRANSACTION))
                        .forEach(taskId -> results.add(new TaskResult(taskId, orderOf(taskId), false, 500,
                                "This task could not be decided because of an internal error; try it again alone.")));
            }
        }
        long done = results.stream().filter(TaskResult::done).count();
        auditLog.record(userId, decision == TaskDecision.APPROVE ? AuditAction.BULK_APPROVED : AuditAction.BULK_OPERATION,
                done > 0 ? AuditOutcome.SUCCEEDED : AuditOutcome.FAILED, "approval-tasks", null,
                "decision=" + decision + " done=" + done + " refused=" + (results.size() - done));
        return results;
    }

    @PreDestroy
    void stopBatchWorkers() {
        batchWorkers.shutdown();
    }

    /** A batch commits once; when one of its tasks is refused, the batch rolls back and each task is decided alone. */
    private List<TaskResult> decideBatch(List<String> batch, TaskDecision decision, String reason, String userId,
            List<String> groups) {
        if (batch.size() > 1) {
            try {
                return asUser(userId, groups, () -> completeAll(batch, decision, reason, userId));
            } catch (NotFoundException | RejectedRequestException | ConflictException refusedInBatch) {
                log.debug("A task of a bulk decision was refused ({}); deciding the batch's tasks one by one",
                        refusedInBatch.getMessage());
            }
        }
        List<TaskResult> results = new ArrayList<>(batch.size());
        for (String taskId : batch) {
            try {
                results.add(decide(taskId, decision, reason, userId, groups));
            } catch (NotFoundException e) {
                results.add(new TaskResult(taskId, null, false, 404, e.getMessage()));
            } catch (RejectedRequestException e) {
                results.add(new TaskResult(taskId, orderOf(taskId), false, 400, e.getMessage()));
            } catch (ConflictException e) {
                results.add(new TaskResult(taskId, orderOf(taskId), false, 409, e.getMessage()));
            }
        }
        return results;
    }

    @Override
    public boolean withdraw(long orderId, String actor, String reason) {
        List<String> open = runtime.createProcessInstanceQuery().processDefinitionKey(KEY)
                .processInstanceBusinessKey(Long.toString(orderId)).list().stream().map(p -> p.getId()).toList();
        if (open.isEmpty()) {
            return false;
        }
        runtime.deleteProcessInstances(open, "Withdrawn by " + actor + ": " + reason, true, true);
        lifecycle.record(orderId, OrderEventKind.NOTE, actor, "Approval withdrawn: " + reason, null);
        return true;
    }

    private static Map<String, Object> variables(Task task, TaskDecision decision, String reason) {
        if (REVIEW_ORDER.equals(task.getTaskDefinitionKey())) {
            return variableMap(REVIEW_DECISION, decision.name(), REVIEW_REASON, reason);
        }
        if (decision == TaskDecision.ESCALATE) {
            throw new RejectedRequestException("A manager approves or rejects; there is no one to escalate to.");
        }
        return variableMap(MANAGER_DECISION, decision.name(), MANAGER_REASON, reason);
    }

    private static Map<String, Object> variableMap(String decisionName, String decision, String reasonName,
            String reason) {
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put(decisionName, decision);
        variables.put(reasonName, reason == null || reason.isBlank() ? null : reason.strip());
        return variables;
    }

    private Task find(String taskId) {
        Task task = engineTasks.createTaskQuery().taskId(taskId).processDefinitionKey(KEY).singleResult();
        if (task == null) {
            throw new NotFoundException("There is no open approval task " + taskId + " that you may see.");
        }
        return task;
    }

    private ApprovalTask view(String taskId) {
        return tasks.findByIds(List.of(taskId)).stream().findFirst().map(TaskRow::toTask)
                .orElseThrow(() -> new NotFoundException("There is no open approval task " + taskId + "."));
    }

    private Long orderOf(String taskId) {
        return tasks.findByIds(List.of(taskId)).stream().findFirst().map(TaskRow::orderId).orElse(null);
    }

    /** Runs the work in its own transaction as the user; an engine or listener refusal comes out as our exception. */
    private <T> T asUser(String userId, Supplier<T> work) {
        return asUser(userId, groupsOf(userId), work);
    }

    private <T> T asUser(String userId, List<String> groups, Supplier<T> work) {
        try {
            return ownTransaction.execute(status -> {
                identity.setAuthentication(userId, groups);
                try {
                    return work.get();
                } finally {
                    identity.clearAuthentication();
                }
            });
        } catch (RuntimeException e) {
            throw translated(e);
        }
    }

    private static RuntimeException translated(RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConflictException || cause instanceof RejectedRequestException
                    || cause instanceof NotFoundException) {
                return (RuntimeException) cause;
            }
            if (cause instanceof AuthorizationException) {
                return new ConflictException("You may not work on this task: " + cause.getMessage());
            }
            if (cause instanceof org.camunda.bpm.engine.OptimisticLockingException
                    || cause instanceof org.camunda.bpm.engine.TaskAlreadyClaimedException) {
                return new ConflictException("Someone else changed this task meanwhile; reload and try again.");
            }
            // a colleague completed the task between our look-up and our completion
            if (cause instanceof org.camunda.bpm.engine.exception.NullValueException
                    || cause instanceof org.camunda.bpm.engine.exception.NotFoundException) {
                return new NotFoundException("The approval task is no longer open: someone else decided it meanwhile.");
            }
        }
        return failure;
    }

    private List<String> groupsOf(String userId) {
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        // an empty IN list is no valid SQL; no group is called ""
        return groups.isEmpty() ? List.of("") : groups;
    }
}
