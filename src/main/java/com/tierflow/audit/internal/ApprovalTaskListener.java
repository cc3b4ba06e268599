package com.tierflow.audit.internal;

import static com.tierflow.audit.internal.OrderApprovalProcess.*;

import com.tierflow.order.OrderEventKind;
import com.tierflow.order.OrderLifecycle;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.RejectedRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

/**
 * The rules of both user tasks of order-approval, enforced in the engine so that Tasklist, the engine REST API and
 * the Tierflow API are held to the same: only members of the task's group may take it, a decision carries its reason,
 * the manager is not the reviewer (four eyes). Claims and new tasks go to the order's history, and every task to the
 * inbox table approval_task while it is open.
 */
@Component("approvalTaskListener")
class ApprovalTaskListener implements TaskListener {

    static final String WORKFLOW = "workflow";

    private final OrderLifecycle lifecycle;
    private final ApprovalInbox inbox;

    ApprovalTaskListener(OrderLifecycle lifecycle, ApprovalInbox inbox) {
        this.lifecycle = lifecycle;
        this.inbox = inbox;
    }

    @Override
    public void notify(DelegateTask task) {
        long orderId = ((Number) task.getVariable(ORDER_ID)).longValue();
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> created(task, orderId);
            case EVENTNAME_ASSIGNMENT -> assigned(task, orderId);
            case EVENTNAME_COMPLETE -> {
                completed(task);
                inbox.closed(task.getId());
            }
            // an overdue review interrupted by its timer, or a withdrawn approval
            case EVENTNAME_DELETE -> inbox.closed(task.getId());
            default -> {
            }
        }
    }

    private void created(DelegateTask task, long orderId) {
        String group = candidateGroup(task);
        inbox.opened(task.getId(), orderId, task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getName(), group,
                task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                (String) task.getVariable(AUDIT_OUTCOME), (String) task.getVariable(AUDIT_REASONS));
        lifecycle.record(orderId, OrderEventKind.TASK_CREATED, WORKFLOW, task.getName() + " waits for the " + group
                + " group", taskDetails(task));
    }

    private void assigned(DelegateTask task, long orderId) {
        String assignee = task.getAssignee();
        inbox.assigned(task.getId(), assignee);
        if (assignee == null) {
            lifecycle.record(orderId, OrderEventKind.TASK_UNCLAIMED, actorOf(task, WORKFLOW), task.getName()
                    + " handed back to the " + candidateGroup(task) + " group", taskDetails(task));
            return;
        }
        requireMember(task, assignee);
        if (APPROVE_AS_MANAGER.equals(task.getTaskDefinitionKey())) {
            ApprovalRules.checkFourEyes(assignee, task.getVariable(REVIEWED_BY));
        }
        lifecycle.record(orderId, OrderEventKind.TASK_CLAIMED, assignee, task.getName() + " taken by " + assignee,
                taskDetails(task));
    }

    private static void completed(DelegateTask task) {
        String actor = actorOf(task, null);
        if (actor == null) {
            throw new RejectedRequestException("'" + task.getName() + "' must be claimed before it is completed.");
        }
        // a task completed without a claim (bulk decisions) is held to the same rule as a claim
        if (task.getAssignee() == null) {
            requireMember(task, actor);
        }
        if (REVIEW_ORDER.equals(task.getTaskDefinitionKey())) {
            ApprovalRules.checkReview(task.getVariable(REVIEW_DECISION), task.getVariable(REVIEW_REASON));
            task.setVariable(REVIEWED_BY, actor);
        } else {
            ApprovalRules.checkFourEyes(actor, task.getVariable(REVIEWED_BY));
            ApprovalRules.checkManagerDecision(task.getVariable(MANAGER_DECISION), task.getVariable(MANAGER_REASON));
            task.setVariable(APPROVED_BY, actor);
        }
    }

    private static void requireMember(DelegateTask task, String userId) {
        String group = candidateGroup(task);
        Authentication signedIn = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        // the signed-in user's groups are at hand (bulk decisions, Tasklist); the query is for everything else
        boolean member = signedIn != null && userId.equals(signedIn.getUserId()) && signedIn.getGroupIds() != null
                && signedIn.getGroupIds().contains(group)
                || task.getProcessEngineServices().getIdentityService().createUserQuery()
                        .userId(userId).memberOfGroup(group).count() > 0;
        if (!member) {
            throw new ConflictException("Only members of the " + group + " group can take '" + task.getName() + "'; "
                    + userId + " is not one.");
        }
    }

    /** Who acts: the signed-in user when there is one (Tasklist, REST), else the assignee, else the fallback. */
    private static String actorOf(DelegateTask task, String fallback) {
        Authentication signedIn = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (signedIn != null && signedIn.getUserId() != null) {
            return signedIn.getUserId();
        }
        return task.getAssignee() != null ? task.getAssignee() : fallback;
    }

    private static String candidateGroup(DelegateTask task) {
        return task.getCandidates().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId)
                .findFirst().orElse("?");
    }

    private static String taskDetails(DelegateTask task) {
        return "{\"taskId\":\"" + task.getId() + "\",\"task\":\"" + task.getTaskDefinitionKey() + "\"}";
    }
}
