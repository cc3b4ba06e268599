package com.tierflow.console.internal.web;

import com.tierflow.audit.ApprovalSla;
import com.tierflow.audit.SlaSettings;
import com.tierflow.shared.RejectedRequestException;
import com.tierflow.shared.auditlog.AuditAction;
import com.tierflow.shared.auditlog.AuditLog;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review SLA: hours until a clerk's review goes to the managers, and minutes of warning before. */
@Controller
class SlaPage {

    private final ApprovalSla sla;
    private final AuditLog auditLog;

    SlaPage(ApprovalSla sla, AuditLog auditLog) {
        this.sla = sla;
        this.auditLog = auditLog;
    }

    @GetMapping("/console/settings/sla")
    String show(Model model) {
        SlaSettings current = sla.current();
        model.addAttribute("sla", current);
        model.addAttribute("reviewHours", BigDecimal.valueOf(current.reviewSla().toMinutes())
                .divide(BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString());
        model.addAttribute("reminderMinutes", current.reminderBefore().toMinutes());
        return "console/settings-sla";
    }

    @PostMapping("/console/settings/sla")
    String change(@RequestParam(required = false) BigDecimal reviewHours,
            @RequestParam(required = false) Long reminderMinutes, Authentication caller, RedirectAttributes redirect) {
        try {
            if (reviewHours == null || reminderMinutes == null) {
                throw new RejectedRequestException("Give the review time in hours and the reminder in minutes.");
            }
            Duration review = Duration.ofMinutes(reviewHours.multiply(BigDecimal.valueOf(60))
                    .setScale(0, java.math.RoundingMode.HALF_UP).longValueExact());
            SlaSettings changed = sla.change(review, Duration.ofMinutes(reminderMinutes), caller.getName());
            auditLog.record(AuditAction.SETTINGS_CHANGED, "approval-sla", 1, "reviewSla=" + changed.reviewSla()
                    + " reminderBefore=" + changed.reminderBefore() + " via=console");
            redirect.addFlashAttribute("saved", true);
        } catch (RejectedRequestException | ArithmeticException refused) {
            redirect.addFlashAttribute("problemDetail", refused instanceof RejectedRequestException
                    ? refused.getMessage() : "The review time is too large.");
        }
        return "redirect:/console/settings/sla";
    }
}
