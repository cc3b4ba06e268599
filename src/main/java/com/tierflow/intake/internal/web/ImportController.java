package com.tierflow.intake.internal.web;

import com.tierflow.intake.ImportProblem;
import com.tierflow.intake.ImportRecord;
import com.tierflow.intake.ImportService;
import com.tierflow.intake.ImportSource;
import com.tierflow.shared.RejectedRequestException;
import com.tierflow.shared.auditlog.AuditAction;
import com.tierflow.shared.auditlog.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Imports", description = "Channel files: upload, progress, results and error reports")
class ImportController {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ImportService imports;
    private final AuditLog auditLog;

    ImportController(ImportService imports, AuditLog auditLog) {
        this.imports = imports;
        this.auditLog = auditLog;
    }

    @PostMapping(path = "/api/channels/{code}/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Push an order file for a channel", description = "Returns 202 at once; poll the import for progress.")
    ResponseEntity<ImportRecord> upload(@PathVariable String code, @RequestParam("file") MultipartFile file,
            Principal principal) throws IOException {
        if (file.isEmpty() && file.getOriginalFilename() == null) {
            throw new RejectedRequestException("Send the file in a multipart field named 'file'.");
        }
        ImportRecord record;
        try (InputStream content = file.getInputStream()) {
            record = imports.submit(code, file.getOriginalFilename(), content, ImportSource.UPLOAD,
                    principal == null ? null : principal.getName());
        }
        auditLog.record(AuditAction.FILE_UPLOADED, "import", record.id(),
                "channel=" + code + " file=" + record.fileName() + " status=" + record.status());
        return ResponseEntity.accepted().location(URI.create("/api/imports/" + record.id())).body(record);
    }

    @GetMapping("/api/imports")
    List<ImportRecord> list(@RequestParam(required = false) String channel,
            @RequestParam(defaultValue = "50") int limit) {
        return imports.list(channel, limit);
    }

    @GetMapping("/api/imports/{id}")
    @Operation(summary = "An import's status and counts; they grow while it runs")
    ImportRecord get(@PathVariable long id) {
        return imports.get(id);
    }

    @GetMapping("/api/imports/{id}/problems")
    List<ImportProblem> problems(@PathVariable long id, @RequestParam(defaultValue = "0") int offset,
            @RequestParam(defaultValue = "100") int limit) {
        return imports.problems(id, offset, limit);
    }

    @GetMapping("/api/imports/{id}/error-report")
    @Operation(summary = "Download the import's problems as a workbook (row, column, reason, original values)")
    ResponseEntity<StreamingResponseBody> errorReport(@PathVariable long id) {
        ImportRecord record = imports.get(id);
        String name = "import-" + id + "-errors.xlsx";
        auditLog.record(AuditAction.ERROR_REPORT_DOWNLOADED, "import", id, "channel=" + record.channelCode());
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(out -> imports.writeErrorReport(record.id(), out));
    }
}
