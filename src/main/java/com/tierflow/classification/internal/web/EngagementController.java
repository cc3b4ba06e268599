package com.tierflow.classification.internal.web;

import com.tierflow.classification.EngagementService;
import com.tierflow.classification.EngagementService.EngagementTaskView;
import com.tierflow.classification.EngagementTask;
import com.tierflow.security.Roles;
import com.tierflow.shared.PageRequest;
import com.tierflow.shared.PageResult;
import com.tierflow.shared.RejectedRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.ErrorResponseException;

/** Care tasks belong to customer-service, promotion tasks to marketing; managers and admins see both. */
@RestController
@Tag(name = "Engagement", description = "Care and promotion tasks and their effect")
class EngagementController {

    private final EngagementService engagement;

    EngagementController(EngagementService engagement) {
        this.engagement = engagement;
    }

    /** @param outcome CONTACTED, UNREACHABLE, OFFER_SENT or DECLINED */
    record Outcome(String outcome, String note) {
    }

    @GetMapping("/api/engagement/tasks")
    @Operation(summary = "Open tasks, soonest due first, with the customer's profile and the reason inline, a page at a time",
            description = "purpose=CARE (customer-service) or PROMOTE (marketing); without it, every purpose the caller "
                    + "may see. Pages count from 0; a page holds at most 500 tasks.")
    PageResult<EngagementTaskView> openTasks(@RequestParam(required = false) String purpose,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
            Authentication user) {
        if (purpose != null) {
            String wanted = purpose.trim().toUpperCase(Locale.ROOT);
            if (!EngagementService.CARE.equals(wanted) && !EngagementService.PROMOTE.equals(wanted)) {
                throw new RejectedRequestException("purpose must be CARE or PROMOTE.");
            }
            checkMayHandle(user, wanted);
            return engagement.openTasks(Set.of(wanted), new PageRequest(page, size));
        }
        Set<String> visible = Set.of(EngagementService.CARE, EngagementService.PROMOTE).stream()
                .filter(p -> mayHandle(user, p)).collect(Collectors.toSet());
        return engagement.openTasks(visible, new PageRequest(page, size));
    }

    @GetMapping("/api/engagement/tasks/{id}")
    EngagementTask task(@PathVariable long id, Authentication user) {
        EngagementTask task = engagement.find(id);
        checkMayHandle(user, task.purpose());
        return task;
    }

    @PostMapping("/api/engagement/tasks/{id}/outcome")
    @Operation(summary = "Record the outcome of a task and close it")
    EngagementTask complete(@PathVariable long id, @RequestBody Outcome outcome, Authentication user) {
        checkMayHandle(user, engagement.find(id).purpose());
        return engagement.complete(id, outcome.outcome(), outcome.note(), user.getName());
    }

    @GetMapping("/api/engagement/effectiveness")
    @Operation(summary = "Closed tasks per purpose and outcome, and the share of customers who bought again within the window")
    List<EngagementService.Effectiveness> effectiveness() {
        return engagement.effectiveness();
    }

    private static void checkMayHandle(Authentication user, String purpose) {
        if (!mayHandle(user, purpose)) {
            // thrown past the API's catch-all as a 403 problem, like the security chain's own refusals
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Only " + (EngagementService.CARE.equals(purpose) ? "customer-service" : "marketing")
                            + ", managers and administrators handle " + purpose + " tasks."), null);
        }
    }

    private static boolean mayHandle(Authentication user, String purpose) {
        Set<String> roles = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        if (roles.contains(Roles.ROLE_ADMIN) || roles.contains(Roles.ROLE_MANAGER)) {
            return true;
        }
        return EngagementService.CARE.equals(purpose) ? roles.contains(Roles.ROLE_CUSTOMER_SERVICE)
                : roles.contains(Roles.ROLE_MARKETING);
    }
}
