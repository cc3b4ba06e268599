package com.tierflow.intake.internal;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.ImportProblem;
import com.tierflow.intake.ImportRecord;
import com.tierflow.intake.ImportService;
import com.tierflow.intake.ImportSource;
import com.tierflow.intake.ImportStatus;
import com.tierflow.intake.ProblemReason;
import com.tierflow.intake.UnknownChannelException;
import com.tierflow.intake.internal.batch.ImportLauncher;
import com.tierflow.intake.internal.persistence.ImportMapper;
import com.tierflow.intake.internal.persistence.ImportRow;
import com.tierflow.shared.NodeIdentity;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.RejectedRequestException;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class ImportDesk implements ImportService {

    private static final Logger log = LoggerFactory.getLogger(ImportDesk.class);

    private final ChannelService channels;
    private final ImportMapper imports;
    private final FileStore files;
    private final ImportLauncher launcher;
    private final ErrorReportWriter errorReports;
    private final TransactionTemplate transaction;
    private final NodeIdentity node;
    private final MeterRegistry meters;
    private final Clock clock;

    ImportDesk(ChannelService channels, ImportMapper imports, FileStore files, ImportLauncher launcher,
            ErrorReportWriter errorReports, TransactionTemplate transaction, NodeIdentity node, MeterRegistry meters,
            Clock clock) {
        this.channels = channels;
        this.imports = imports;
        this.files = files;
        this.launcher = launcher;
        this.errorReports = errorReports;
        this.transaction = transaction;
        this.node = node;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public ImportRecord submit(String channelCode, String fileName, InputStream content, ImportSource source,
            String requestedBy) throws IOException {
        Channel channel = channels.findByCode(channelCode).orElseThrow(() -> new UnknownChannelException(channelCode));
        if (!channel.active()) {
            throw new RejectedRequestException("Channel '" + channelCode + "' is switched off and takes no files.");
        }
        String safeName = FileNames.sanitise(fileName);
        FileStore.StoredFile stored = files.store(channel.code(), safeName, content);
        ImportRow row = new ImportRow();
        row.channelId = channel.id();
        row.fileName = safeName;
        row.storedPath = stored.path().toString();
        row.source = source.name();
        row.contentHash = stored.sha256();
        row.sizeBytes = stored.size();
        row.status = ImportStatus.QUEUED.name();
        row.requestedBy = requestedBy;
        row.nodeId = node.id();
        row.createdAt = Instant.now(clock);
        ImportRow saved = transaction.execute(status -> {
            imports.insert(row);
            if (imports.claimContent(channel.id(), stored.sha256(), row.id) == 0) {
                long original = imports.findContentOwner(channel.id(), stored.sha256()).orElseThrow();
                imports.markDuplicate(row.id, original, duplicateMessage(original), Instant.now(clock));
            }
            return imports.findById(row.id).orElseThrow();
        });
        meters.counter("tierflow.import.files", "channel", channel.code(), "outcome",
                saved.status.toLowerCase()).increment();
        if (ImportStatus.QUEUED.name().equals(saved.status)) {
            log.info("Accepted file '{}' ({} bytes) for channel {} as import {}", safeName, stored.size(), channel.code(), saved.id);
            launcher.launch(saved.id);
        } else {
            log.info("File '{}' for channel {} is a duplicate of import {}", safeName, channel.code(), saved.duplicateOf);
        }
        return toRecord(saved);
    }

    private String duplicateMessage(long originalId) {
        ImportRow original = imports.findById(originalId).orElseThrow();
        return "The same file was pushed before as import #" + originalId + " ('" + original.fileName + "', "
                + original.createdAt + "); it was not imported again.";
    }


    @Override
    public Optional<ImportRecord> find(long importId) {
        return imports.findById(importId).map(ImportDesk::toRecord);
    }

    @Override
    public ImportRecord get(long importId) {
        return find(importId).orElseThrow(() -> new NotFoundException("There is no import #" + importId + "."));
    }

    @Override
    public List<ImportRecord> list(String channelCode, int limit) {
        Long channelId = channelCode == null ? null
                : channels.findByCode(channelCode).orElseThrow(() -> new UnknownChannelException(channelCode)).id();
        return imports.findRecent(channelId, Math.max(1, Math.min(limit, 500))).stream().map(ImportDesk::toRecord).toList();
    }

    @Override
    public List<ImportProblem> problems(long importId, int offset, int limit) {
        get(importId);
        return imports.findProblems(importId, Math.max(0, offset), Math.max(1, Math.min(limit, 10_000))).stream()
                .map(p -> new ImportProblem(p.rowNo(), p.columnName(), ProblemReason.valueOf(p.reason()), p.message(),
                        p.rawValues()))
                .toList();
    }

    @Override
    public void writeErrorReport(long importId, OutputStream out) throws IOException {
        errorReports.write(get(importId), out);
    }

    static ImportRecord toRecord(ImportRow row) {
        return new ImportRecord(row.id, row.channelCode, row.fileName, ImportSource.valueOf(row.source), row.contentHash,
                row.sizeBytes, ImportStatus.valueOf(row.status), row.duplicateOf, row.message, row.rowsRead,
                row.rowsImported, row.rowsSkipped, row.rowsDuplicate, row.rowsConflict, row.ordersImported,
                row.ordersDuplicate, row.ordersConflict, row.requestedBy, row.createdAt, row.startedAt, row.finishedAt);
    }
}
