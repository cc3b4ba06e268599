package com.tierflow.console.internal.web;

import com.tierflow.console.internal.ConsolePageException;
import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.ImportRecord;
import com.tierflow.intake.ImportService;
import com.tierflow.intake.ImportSource;
import com.tierflow.security.ChannelAccess;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.auditlog.AuditAction;
import com.tierflow.shared.auditlog.AuditLog;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Upload a channel's file, watch it import, read its problems. Channel users see and push their own channels only;
 * every rule is checked here on the server, whatever the page offered.
 */
@Controller
class ImportPages {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int PROBLEMS_SHOWN = 100;

    private final ImportService imports;
    private final ChannelService channels;
    private final AuditLog auditLog;

    ImportPages(ImportService imports, ChannelService channels, AuditLog auditLog) {
        this.imports = imports;
        this.channels = channels;
        this.auditLog = auditLog;
    }

    @GetMapping("/console/imports")
    String list(@RequestParam(required = false) String channel, Authentication caller, Model model) {
        List<Channel> readable = channels.list().stream()
                .filter(candidate -> ChannelAccess.mayRead(caller, candidate.code())).toList();
        String selected = OrderPages.blankToNull(channel);
        if (selected != null && !ChannelAccess.mayRead(caller, selected)) {
            throw ConsolePageException.forbidden();
        }
        List<ImportRecord> shown;
        if (selected != null || ChannelAccess.isPerson(caller)) {
            shown = imports.list(selected, 100);
        } else {
            shown = readable.stream().flatMap(own -> imports.list(own.code(), 100).stream())
                    .sorted(Comparator.comparing(ImportRecord::id).reversed()).limit(100).toList();
        }
        model.addAttribute("imports", shown);
        model.addAttribute("channels", readable);
        model.addAttribute("uploadChannels", readable.stream()
                .filter(candidate -> candidate.active() && ChannelAccess.mayUpload(caller, candidate.code())).toList());
        model.addAttribute("selected", selected);
        return "console/imports";
    }

    @PostMapping("/console/imports")
    String upload(@RequestParam String channel, @RequestParam(required = false) MultipartFile file,
            Authentication caller) throws IOException {
        if (!ChannelAccess.mayUpload(caller, channel)) {
            throw ConsolePageException.forbidden();
        }
        if (file == null || file.isEmpty()) {
            throw new ConsolePageException(HttpStatus.BAD_REQUEST, "imports.noFile");
        }
        ImportRecord record;
        try (InputStream content = file.getInputStream()) {
            record = imports.submit(channel, file.getOriginalFilename(), content, ImportSource.UPLOAD, caller.getName());
        }
        auditLog.record(AuditAction.FILE_UPLOADED, "import", record.id(),
                "channel=" + channel + " file=" + record.fileName() + " status=" + record.status() + " via=console");
        return "redirect:/console/imports/" + record.id();
    }

    @GetMapping("/console/imports/{id}")
    String detail(@PathVariable long id, Authentication caller, Model model) {
        ImportRecord record = readable(id, caller);
        model.addAttribute("record", record);
        model.addAttribute("problems", imports.problems(id, 0, PROBLEMS_SHOWN));
        model.addAttribute("problemsShown", PROBLEMS_SHOWN);
        return "console/import";
    }

    /** What the import page polls while the file imports. */
    @GetMapping(path = "/console/imports/{id}/progress", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ImportRecord progress(@PathVariable long id, Authentication caller) {
        return readable(id, caller);
    }

    @GetMapping("/console/imports/{id}/error-report")
    ResponseEntity<StreamingResponseBody> errorReport(@PathVariable long id, Authentication caller) {
        ImportRecord record = readable(id, caller);
        auditLog.record(AuditAction.ERROR_REPORT_DOWNLOADED, "import", id,
                "channel=" + record.channelCode() + " via=console");
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("import-" + id + "-errors.xlsx").build().toString())
                .body(out -> imports.writeErrorReport(id, out));
    }

    /** The import, if the caller may read its channel; refused with the 403 page otherwise. */
    private ImportRecord readable(long id, Authentication caller) {
        ImportRecord record = imports.find(id).orElseThrow(() -> new NotFoundException("There is no import " + id + "."));
        if (!ChannelAccess.mayRead(caller, record.channelCode())) {
            throw ConsolePageException.forbidden();
        }
        return record;
    }
}
