package com.tierflow.console.internal.web;

import com.tierflow.classification.EngagementService;
import com.tierflow.classification.EngagementTask;
import com.tierflow.security.Roles;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.PageRequest;
import com.tierflow.shared.RejectedRequestException;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The care inbox of customer service and the promotion inbox of marketing: open tasks soonest due first, claimed and
 * closed with their outcome. Which team may open which inbox is decided by its path in the console's filter chain; a
 * task is only handled through the inbox of its own purpose.
 */
@Controller
class EngagementPages {

    /** Which outcomes make sense for which purpose; the service accepts all four for either. */
    private static final List<String> CARE_OUTCOMES = List.of("CONTACTED", "UNREACHABLE", "OFFER_SENT", "DECLINED");
    private static final List<String> PROMOTION_OUTCOMES = List.of("OFFER_SENT", "DECLINED", "CONTACTED", "UNREACHABLE");

    private static final int PAGE_SIZE = 50;

    private final EngagementService engagement;

    EngagementPages(EngagementService engagement) {
        this.engagement = engagement;
    }

    @GetMapping("/console/care")
    String care(@RequestParam(defaultValue = "0") int page, Model model, Authentication caller) {
        return inbox(EngagementService.CARE, page, model, caller);
    }

    @GetMapping("/console/promotions")
    String promotions(@RequestParam(defaultValue = "0") int page, Model model, Authentication caller) {
        return inbox(EngagementService.PROMOTE, page, model, caller);
    }

    @PostMapping("/console/care/{id}/claim")
    String claimCare(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Authentication caller,
            RedirectAttributes redirect) {
        return act(EngagementService.CARE, id, page, redirect, "engagement.claimed", () -> engagement.claim(id, caller.getName()));
    }

    @PostMapping("/console/promotions/{id}/claim")
    String claimPromotion(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Authentication caller,
            RedirectAttributes redirect) {
        return act(EngagementService.PROMOTE, id, page, redirect, "engagement.claimed",
                () -> engagement.claim(id, caller.getName()));
    }

    @PostMapping("/console/care/{id}/release")
    String releaseCare(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Authentication caller,
            RedirectAttributes redirect) {
        return act(EngagementService.CARE, id, page, redirect, "engagement.released",
                () -> engagement.release(id, caller.getName(), supervises(caller)));
    }

    @PostMapping("/console/promotions/{id}/release")
    String releasePromotion(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Authentication caller,
            RedirectAttributes redirect) {
        return act(EngagementService.PROMOTE, id, page, redirect, "engagement.released",
                () -> engagement.release(id, caller.getName(), supervises(caller)));
    }

    /** Managers and administrators may hand back a task a colleague claimed. */
    private static boolean supervises(Authentication caller) {
        return caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .anyMatch(role -> Roles.ROLE_MANAGER.equals(role) || Roles.ROLE_ADMIN.equals(role));
    }

    @PostMapping("/console/care/{id}/outcome")
    String completeCare(@PathVariable long id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String note, @RequestParam(defaultValue = "0") int page,
            Authentication caller, RedirectAttributes redirect) {
        return act(EngagementService.CARE, id, page, redirect, "engagement.completed",
                () -> engagement.complete(id, outcome, OrderPages.blankToNull(note), caller.getName()));
    }

    @PostMapping("/console/promotions/{id}/outcome")
    String completePromotion(@PathVariable long id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String note, @RequestParam(defaultValue = "0") int page,
            Authentication caller, RedirectAttributes redirect) {
        return act(EngagementService.PROMOTE, id, page, redirect, "engagement.completed",
                () -> engagement.complete(id, outcome, OrderPages.blankToNull(note), caller.getName()));
    }

    private String inbox(String purpose, int page, Model model, Authentication caller) {
        model.addAttribute("me", caller.getName());
        model.addAttribute("supervisor", supervises(caller));
        model.addAttribute("purpose", purpose);
        model.addAttribute("base", base(purpose));
        model.addAttribute("result", engagement.openTasks(Set.of(purpose), new PageRequest(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("outcomes", EngagementService.CARE.equals(purpose) ? CARE_OUTCOMES : PROMOTION_OUTCOMES);
        return "console/engagement";
    }

    /** Acts on a task of this inbox's purpose; a refusal is told above the list, on the page the action came from. */
    private String act(String purpose, long id, int page, RedirectAttributes redirect, String doneKey,
            Supplier<EngagementTask> action) {
        try {
            if (!purpose.equals(engagement.find(id).purpose())) {
                throw new NotFoundException("There is no " + purpose + " task " + id + " in this inbox.");
            }
            EngagementTask task = action.get();
            redirect.addFlashAttribute("doneKey", doneKey);
            redirect.addFlashAttribute("doneTask", Long.toString(task.id()));
        } catch (RejectedRequestException | ConflictException | NotFoundException refused) {
            redirect.addFlashAttribute("problemDetail", refused.getMessage());
        }
        return "redirect:" + base(purpose) + "?page=" + Math.max(page, 0);
    }

    private static String base(String purpose) {
        return EngagementService.CARE.equals(purpose) ? "/console/care" : "/console/promotions";
    }
}
