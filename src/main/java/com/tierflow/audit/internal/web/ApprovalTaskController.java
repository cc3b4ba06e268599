package com.tierflow.audit.internal.web;

import com.tierflow.audit.ApprovalTask;
import com.tierflow.audit.OrderApprovals;
import com.tierflow.audit.TaskDecision;
import com.tierflow.audit.TaskFilter;
import com.tierflow.audit.TaskResult;
import com.tierflow.audit.TaskScope;
import com.tierflow.shared.PageResult;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Approval tasks", description = "Clerks' reviews and managers' approvals of orders the audit did not approve")
class ApprovalTaskController {

    private final OrderApprovals approvals;

    ApprovalTaskController(OrderApprovals approvals) {
        this.approvals = approvals;
    }

    record Reason(String reason) {
    }

    record BulkDecision(@NotEmpty List<String> taskIds, @NotNull TaskDecision decision, String reason) {
    }

    @GetMapping("/api/approval-tasks")
    @Operation(summary = "The signed-in user's approval tasks, oldest first",
            description = "scope MINE (claimed by you), GROUP (open to your groups) or ALL (both, the default). "
                    + "Each task carries its order, customer and the audit's reasons. Filters: channel code, an audit "
                    + "reason code (e.g. HIGH_VALUE), order total range (inclusive), waiting time range (ISO-8601 "
                    + "durations, e.g. PT2H). Pages count from 0 and hold at most 500 tasks.")
    PageResult<ApprovalTask> tasks(@RequestParam(required = false) TaskScope scope,
            @RequestParam(required = false) String channel,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) BigDecimal minAmount,
            @RequestParam(required = false) BigDecimal maxAmount,
            @RequestParam(required = false) Duration minAge,
            @RequestParam(required = false) Duration maxAge,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            Authentication user) {
        return approvals.tasks(user.getName(), new TaskFilter(scope, channel, reason, minAmount, maxAmount, minAge, maxAge),
                page, size);
    }

    @PostMapping("/api/approval-tasks/{taskId}/claim")
    @Operation(summary = "Take a task open to your group")
    ApprovalTask claim(@PathVariable String taskId, Authentication user) {
        return approvals.claim(taskId, user.getName());
    }

    @PostMapping("/api/approval-tasks/{taskId}/unclaim")
    @Operation(summary = "Hand a task you claimed back to its group")
    ApprovalTask unclaim(@PathVariable String taskId, Authentication user) {
        return approvals.unclaim(taskId, user.getName());
    }

    @PostMapping("/api/approval-tasks/{taskId}/approve")
    @Operation(summary = "Approve the order (claims the task if it is open)",
            description = "A manager cannot approve an order they reviewed (four eyes): 409.")
    TaskResult approve(@PathVariable String taskId, @RequestBody(required = false) Reason reason, Authentication user) {
        return approvals.decide(taskId, TaskDecision.APPROVE, reason == null ? null : reason.reason(), user.getName());
    }

    @PostMapping("/api/approval-tasks/{taskId}/reject")
    @Operation(summary = "Reject the order; a reason is required")
    TaskResult reject(@PathVariable String taskId, @RequestBody Reason reason, Authentication user) {
        return approvals.decide(taskId, TaskDecision.REJECT, reason.reason(), user.getName());
    }

    @PostMapping("/api/approval-tasks/{taskId}/escalate")
    @Operation(summary = "Hand a review to the managers; a reason is required")
    TaskResult escalate(@PathVariable String taskId, @RequestBody Reason reason, Authentication user) {
        return approvals.decide(taskId, TaskDecision.ESCALATE, reason.reason(), user.getName());
    }

    @PostMapping("/api/approval-tasks/bulk")
    @Operation(summary = "Approve, reject or escalate many tasks in one call",
            description = "Tasks are decided in batches that commit together; a task that is refused sends its batch "
                    + "task by task, so one refusal never holds back the others. The answer lists every task's result "
                    + "(status 200 done, 400 refused as asked, 404 not found, 409 conflict, 500 internal error), in the "
                    + "order given; a task named twice is decided once.")
    List<TaskResult> bulk(@Valid @RequestBody BulkDecision decision, Authentication user) {
        return approvals.decideAll(decision.taskIds(), decision.decision(), decision.reason(), user.getName());
    }
}
