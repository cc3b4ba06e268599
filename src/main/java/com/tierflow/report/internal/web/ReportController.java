package com.tierflow.report.internal.web;

import com.tierflow.report.ReportForbiddenException;
import com.tierflow.report.ReportKindInfo;
import com.tierflow.report.ReportRecord;
import com.tierflow.report.ReportRequest;
import com.tierflow.report.ReportSchedule;
import com.tierflow.report.ReportService;
import com.tierflow.report.Requester;
import com.tierflow.report.ScheduleDraft;
import java.net.URI;
import com.tierflow.shared.auditlog.AuditAction;
import com.tierflow.shared.auditlog.AuditLog;
import java.nio.file.Path;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reports for managers: the catalogue, requests, progress, the archive and downloads, and schedules. */
@RestController
@RequestMapping("/api")
class ReportController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ReportService reports;
    private final AuditLog auditLog;

    ReportController(ReportService reports, AuditLog auditLog) {
        this.reports = reports;
        this.auditLog = auditLog;
    }

    @GetMapping("/reports/catalogue")
    List<ReportKindInfo> catalogue() {
        return reports.catalogue();
    }

    /** Queues a report; poll the returned location until its status is COMPLETED, then fetch /file. */
    @PostMapping("/reports")
    ResponseEntity<ReportRecord> request(@RequestBody ReportRequest request, Authentication user) {
        ReportRecord record = reports.request(request, requester(user));
        return ResponseEntity.accepted().location(URI.create("/api/reports/" + record.id())).body(record);
    }

    @GetMapping("/reports")
    List<ReportRecord> list(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "50") int limit) {
        return reports.list(kind, limit);
    }

    @GetMapping("/reports/{id}")
    ReportRecord get(@PathVariable long id) {
        return reports.get(id);
    }

    @GetMapping("/reports/{id}/file")
    ResponseEntity<Resource> file(@PathVariable long id, Authentication user) {
        Path file = reports.file(id, requester(user));
        ReportRecord record = reports.get(id);
        auditLog.record(AuditAction.REPORT_DOWNLOADED, "report", id, record.fileName());
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(record.fileName()).build().toString())
                .body(new FileSystemResource(file));
    }

    @GetMapping("/report-schedules")
    List<ReportSchedule> schedules() {
        return reports.schedules();
    }

    @PostMapping("/report-schedules")
    ResponseEntity<ReportSchedule> createSchedule(@RequestBody ScheduleDraft draft, Authentication user) {
        ReportSchedule schedule = reports.createSchedule(draft, user.getName());
        return ResponseEntity.created(URI.create("/api/report-schedules/" + schedule.id())).body(schedule);
    }

    @PostMapping("/report-schedules/{id}/enable")
    ReportSchedule enable(@PathVariable long id) {
        return reports.setScheduleEnabled(id, true);
    }

    @PostMapping("/report-schedules/{id}/disable")
    ReportSchedule disable(@PathVariable long id) {
        return reports.setScheduleEnabled(id, false);
    }

    @ExceptionHandler(ReportForbiddenException.class)
    ProblemDetail forbidden(ReportForbiddenException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
    }

    private static Requester requester(Authentication user) {
        return Requester.of(user.getName(),
                user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }
}
