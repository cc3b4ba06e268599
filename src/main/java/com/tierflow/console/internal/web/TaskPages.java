package com.tierflow.console.internal.web;

import com.tierflow.audit.ApprovalTask;
import com.tierflow.audit.OrderApprovals;
import com.tierflow.audit.TaskDecision;
import com.tierflow.audit.TaskFilter;
import com.tierflow.audit.TaskResult;
import com.tierflow.audit.TaskScope;
import com.tierflow.intake.ChannelService;
import com.tierflow.order.OrderDetail;
import com.tierflow.order.OrderQueries;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.RejectedRequestException;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The approval inbox of clerks and managers: their own and their groups' tasks, claimed, decided one by one or in bulk.
 * The audit module applies its rules (group membership, reasons, four eyes); a refusal comes back as a sentence above
 * the list, never as an error page, so the reader stays where they work.
 */
@Controller
class TaskPages {

    private static final int PAGE_SIZE = 100;

    private final OrderApprovals approvals;
    private final OrderQueries orders;
    private final ChannelService channels;

    TaskPages(OrderApprovals approvals, OrderQueries orders, ChannelService channels) {
        this.approvals = approvals;
        this.orders = orders;
        this.channels = channels;
    }

    /** The list's filters, kept across every action so the reader returns to the list they left. */
    record View(TaskScope scope, String channel, String auditReason) {

        String url() {
            return UriComponentsBuilder.fromPath("/console/tasks")
                    .queryParamIfPresent("scope", java.util.Optional.ofNullable(scope))
                    .queryParamIfPresent("channel", java.util.Optional.ofNullable(OrderPages.blankToNull(channel)))
                    .queryParamIfPresent("auditReason", java.util.Optional.ofNullable(OrderPages.blankToNull(auditReason)))
                    .build().encode().toUriString();
        }
    }

    /** One row of a bulk decision's answer, with the order number the reader knows it by. */
    record RowResult(String taskId, Long orderId, String orderNo, boolean done, String message) {
    }

    @GetMapping("/console/tasks")
    String inbox(View view, @RequestParam(defaultValue = "0") int page, Authentication caller, Model model) {
        TaskScope scope = view.scope() == null ? TaskScope.ALL : view.scope();
        model.addAttribute("view", new View(scope, view.channel(), view.auditReason()));
        model.addAttribute("scopes", TaskScope.values());
        model.addAttribute("channels", channels.list());
        model.addAttribute("result", approvals.tasks(caller.getName(), new TaskFilter(scope,
                OrderPages.blankToNull(view.channel()), reasonCode(view.auditReason()), null, null, null, null),
                Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("me", caller.getName());
        return "console/tasks";
    }

    @PostMapping("/console/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, View view, Authentication caller, RedirectAttributes redirect) {
        return attempt(view, redirect, () -> {
            ApprovalTask task = approvals.claim(taskId, caller.getName());
            redirect.addFlashAttribute("doneKey", "tasks.claimed");
            redirect.addFlashAttribute("doneOrder", task.channelOrderNo());
        });
    }

    @PostMapping("/console/tasks/{taskId}/{action:approve|reject|escalate}")
    String decide(@PathVariable String taskId, @PathVariable String action,
            @RequestParam(required = false) String reason, View view, Authentication caller,
            RedirectAttributes redirect) {
        TaskDecision decision = TaskDecision.valueOf(action.toUpperCase(Locale.ROOT));
        return attempt(view, redirect, () -> {
            TaskResult result = approvals.decide(taskId, decision, OrderPages.blankToNull(reason), caller.getName());
            if (!result.done()) {
                throw new ConflictException(result.message());
            }
            redirect.addFlashAttribute("doneKey", "tasks.decided." + decision);
            redirect.addFlashAttribute("doneOrder", orderNo(result.orderId()));
        });
    }

    @PostMapping("/console/tasks/bulk")
    String bulk(@RequestParam(required = false) List<String> taskIds, @RequestParam TaskDecision decision,
            @RequestParam(required = false) String reason, View view, Authentication caller,
            RedirectAttributes redirect) {
        if (taskIds == null || taskIds.isEmpty()) {
            redirect.addFlashAttribute("problemKey", "tasks.noneSelected");
            return "redirect:" + view.url();
        }
        List<RowResult> results = approvals.decideAll(taskIds, decision, OrderPages.blankToNull(reason),
                caller.getName()).stream()
                .map(result -> new RowResult(result.taskId(), result.orderId(), orderNo(result.orderId()),
                        result.done(), result.message()))
                .toList();
        redirect.addFlashAttribute("results", results);
        redirect.addFlashAttribute("bulkDecision", decision);
        return "redirect:" + view.url();
    }

    /** Runs an action on one task; what the audit refuses is told above the list. */
    private static String attempt(View view, RedirectAttributes redirect, Runnable action) {
        try {
            action.run();
        } catch (RejectedRequestException | ConflictException | NotFoundException refused) {
            redirect.addFlashAttribute("problemKey", "tasks.refused");
            redirect.addFlashAttribute("problemDetail", refused.getMessage());
        }
        return "redirect:" + view.url();
    }

    private String orderNo(Long orderId) {
        return orderId == null ? null : orders.find(orderId).map(OrderDetail::channelOrderNo).orElse("#" + orderId);
    }

    private static String reasonCode(String reason) {
        String code = OrderPages.blankToNull(reason);
        return code == null ? null : code.toUpperCase(Locale.ROOT);
    }
}
