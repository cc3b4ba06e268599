package com.tierflow.console.internal.web;

import com.tierflow.console.internal.ConsolePageException;
import com.tierflow.intake.ChannelService;
import com.tierflow.classification.CustomerTier;
import com.tierflow.report.Granularity;
import com.tierflow.report.ReportForbiddenException;
import com.tierflow.report.ReportParameters;
import com.tierflow.report.ReportRecord;
import com.tierflow.report.ReportRequest;
import com.tierflow.report.ReportService;
import com.tierflow.report.ReportStatus;
import com.tierflow.report.Requester;
import com.tierflow.report.SchedulePeriod;
import com.tierflow.report.ScheduleDraft;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.RejectedRequestException;
import com.tierflow.shared.auditlog.AuditAction;
import com.tierflow.shared.auditlog.AuditLog;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Managers' reports: request one with its parameters, watch it run, download it from the archive; schedules. */
@Controller
class ReportPages {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int ARCHIVE_SHOWN = 50;

    private final ReportService reports;
    private final ChannelService channels;
    private final AuditLog auditLog;
    private final Clock clock;

    ReportPages(ReportService reports, ChannelService channels, AuditLog auditLog, Clock clock) {
        this.reports = reports;
        this.channels = channels;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The request form as posted; dates are calendar days, both inclusive. */
    record RequestForm(String kind, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, List<String> channels, String provinces,
            List<String> tiers, Granularity granularity, Integer churnDays,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate migrationFrom,
            @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate migrationTo, String language) {

        ReportParameters parameters() {
            return new ReportParameters(from, to, channels, provinceList(provinces), tiers, granularity, churnDays,
                    migrationFrom, migrationTo);
        }
    }

    /** Provinces as typed: separated by commas (either width) or spaces. */
    static List<String> provinceList(String typed) {
        return typed == null ? List.of() : java.util.Arrays.stream(typed.split("[,，\\s]+"))
                .filter(p -> !p.isBlank()).toList();
    }

    record ScheduleForm(String name, String kind, SchedulePeriod period, String cron, List<String> channels,
            List<String> tiers, Granularity granularity, String language) {
    }

    @GetMapping("/console/reports")
    String archive(Model model) {
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("catalogue", reports.catalogue());
        model.addAttribute("channels", channels.list());
        model.addAttribute("granularities", Granularity.values());
        model.addAttribute("tiers", CustomerTier.values());
        model.addAttribute("defaultFrom", today.withDayOfMonth(1));
        model.addAttribute("defaultTo", today);
        model.addAttribute("reports", reports.list(null, ARCHIVE_SHOWN));
        return "console/reports";
    }

    @PostMapping("/console/reports")
    String request(RequestForm form, Authentication caller, RedirectAttributes redirect) {
        String language = form.language() == null || form.language().isBlank()
                ? LocaleContextHolder.getLocale().getLanguage() : form.language();
        try {
            ReportRecord record = reports.request(new ReportRequest(form.kind(), form.parameters(), language),
                    requester(caller));
            return "redirect:/console/reports/" + record.id();
        } catch (RejectedRequestException | NotFoundException | IllegalArgumentException refused) {
            redirect.addFlashAttribute("problemDetail", refused.getMessage());
            return "redirect:/console/reports";
        }
    }

    @GetMapping("/console/reports/{id}")
    String report(@PathVariable long id, Model model) {
        model.addAttribute("report", reports.get(id));
        model.addAttribute("statuses", ReportStatus.values());
        return "console/report";
    }

    /** What the report page polls while the report runs. */
    @GetMapping(path = "/console/reports/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ReportRecord progress(@PathVariable long id) {
        return reports.get(id);
    }

    @GetMapping("/console/reports/{id}/file")
    ResponseEntity<Resource> download(@PathVariable long id, Authentication caller) {
        Path file;
        try {
            file = reports.file(id, requester(caller));
        } catch (ReportForbiddenException e) {
            throw new ConsolePageException(HttpStatus.FORBIDDEN, "reports.contactsForbidden");
        }
        ReportRecord record = reports.get(id);
        auditLog.record(AuditAction.REPORT_DOWNLOADED, "report", id, record.fileName() + " via=console");
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(record.fileName()).build().toString())
                .body(new FileSystemResource(file));
    }

    @GetMapping("/console/reports/schedules")
    String schedules(Model model) {
        model.addAttribute("catalogue", reports.catalogue());
        model.addAttribute("channels", channels.list());
        model.addAttribute("granularities", Granularity.values());
        model.addAttribute("tiers", CustomerTier.values());
        model.addAttribute("periods", SchedulePeriod.values());
        model.addAttribute("schedules", reports.schedules());
        return "console/report-schedules";
    }

    @PostMapping("/console/reports/schedules")
    String createSchedule(ScheduleForm form, Authentication caller, RedirectAttributes redirect) {
        try {
            reports.createSchedule(new ScheduleDraft(OrderPages.blankToNull(form.name()), form.kind(),
                    new ReportParameters(null, null, form.channels(), List.of(), form.tiers(), form.granularity(), null,
                            null, null),
                    form.period(), OrderPages.blankToNull(form.cron()), null,
                    OrderPages.blankToNull(form.language())), caller.getName());
            redirect.addFlashAttribute("saved", true);
        } catch (RejectedRequestException | ConflictException | NotFoundException | IllegalArgumentException refused) {
            redirect.addFlashAttribute("problemDetail", refused.getMessage());
        }
        return "redirect:/console/reports/schedules";
    }

    @PostMapping("/console/reports/schedules/{id}/enable")
    String enable(@PathVariable long id) {
        reports.setScheduleEnabled(id, true);
        return "redirect:/console/reports/schedules";
    }

    @PostMapping("/console/reports/schedules/{id}/disable")
    String disable(@PathVariable long id) {
        reports.setScheduleEnabled(id, false);
        return "redirect:/console/reports/schedules";
    }

    private static Requester requester(Authentication caller) {
        return Requester.of(caller.getName(),
                caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }
}
