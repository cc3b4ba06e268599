package com.tierflow.console.internal.web;

import com.tierflow.audit.Blacklist;
import com.tierflow.audit.BlacklistEntry;
import com.tierflow.audit.BlacklistKind;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.RejectedRequestException;
import com.tierflow.shared.auditlog.AuditAction;
import com.tierflow.shared.auditlog.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The blacklist the audit checks orders against, kept by managers and administrators. */
@Controller
class BlacklistPages {

    private final Blacklist blacklist;
    private final AuditLog auditLog;

    BlacklistPages(Blacklist blacklist, AuditLog auditLog) {
        this.blacklist = blacklist;
        this.auditLog = auditLog;
    }

    @GetMapping("/console/settings/blacklist")
    String list(@RequestParam(required = false) BlacklistKind kind, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", BlacklistKind.values());
        model.addAttribute("entries", blacklist.list(kind));
        return "console/settings-blacklist";
    }

    @PostMapping("/console/settings/blacklist")
    String add(@RequestParam(required = false) BlacklistKind kind, @RequestParam(required = false) String value,
            @RequestParam(required = false) String reason, Authentication caller, RedirectAttributes redirect) {
        try {
            if (kind == null || OrderPages.blankToNull(reason) == null) {
                throw new RejectedRequestException("A blacklist entry needs a kind, a value and a reason.");
            }
            BlacklistEntry entry = blacklist.add(kind, value, reason.strip(), caller.getName());
            auditLog.record(AuditAction.BLACKLIST_CHANGED, "blacklist", entry.id(), "added " + kind + " via=console");
            redirect.addFlashAttribute("saved", true);
        } catch (RejectedRequestException | ConflictException refused) {
            redirect.addFlashAttribute("problemDetail", refused.getMessage());
        }
        return "redirect:/console/settings/blacklist";
    }

    @PostMapping("/console/settings/blacklist/{id}/remove")
    String remove(@PathVariable long id, RedirectAttributes redirect) {
        try {
            BlacklistEntry entry = blacklist.get(id);
            blacklist.remove(id);
            auditLog.record(AuditAction.BLACKLIST_CHANGED, "blacklist", id, "removed " + entry.kind() + " via=console");
            redirect.addFlashAttribute("saved", true);
        } catch (NotFoundException gone) {
            redirect.addFlashAttribute("problemDetail", gone.getMessage());
        }
        return "redirect:/console/settings/blacklist";
    }
}
