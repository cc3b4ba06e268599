package com.tierflow.audit;

import com.tierflow.shared.PageResult;
import java.util.List;

/**
 * Clerks' and managers' work on order-approval tasks, as the signed-in user: the same rules as in Tasklist (group
 * membership, reasons, four eyes) since the engine's task listener enforces them.
 */
public interface OrderApprovals {

    /** Oldest first; pages count from 0 and hold at most 500 tasks. */
    PageResult<ApprovalTask> tasks(String userId, TaskFilter filter, int page, int size);

    ApprovalTask claim(String taskId, String userId);

    ApprovalTask unclaim(String taskId, String userId);

    /** Claims the task for the user if it is open, then decides; throws the reason it cannot. */
    TaskResult decide(String taskId, TaskDecision decision, String reason, String userId);

    /** Every task in its own transaction; one refused task does not stop the others. */
    List<TaskResult> decideAll(List<String> taskIds, TaskDecision decision, String reason, String userId);

    /**
     * Ends the order's approval process without a decision, in the caller's transaction: for whoever moves a waiting
     * order elsewhere (a cancellation, a bulk modification). Records why on the order's history.
     *
     * @return whether the order had an open approval
     */
    boolean withdraw(long orderId, String actor, String reason);
}
