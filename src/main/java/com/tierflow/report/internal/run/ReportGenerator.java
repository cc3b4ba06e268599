package com.tierflow.report.internal.run;

import com.tierflow.report.ReportParameters;
import com.tierflow.report.internal.ReportCatalogue;
import com.tierflow.report.internal.ReportContext;
import com.tierflow.report.internal.ReportDefinition;
import com.tierflow.report.internal.ReportJson;
import com.tierflow.report.internal.persistence.ReportRow;
import com.tierflow.report.internal.workbook.Labels;
import com.tierflow.report.internal.workbook.ReportWorkbook;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.IntConsumer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Writes one report's workbook into the archive from scratch; a retry after a crash simply writes it again. */
@Component
class ReportGenerator {

    /** The finished file and how many data rows it holds. */
    record Output(Path file, String relativePath, long sizeBytes, long rows) {
    }

    private final ReportCatalogue catalogue;
    private final ReportJson json;
    private final ReportArchive archive;
    private final ZoneId zone;
    private final Clock clock;

    ReportGenerator(ReportCatalogue catalogue, ReportJson json, ReportArchive archive,
            @Value("${tierflow.report.zone}") ZoneId zone, Clock clock) {
        this.catalogue = catalogue;
        this.json = json;
        this.archive = archive;
        this.zone = zone;
        this.clock = clock;
    }

    Output generate(ReportRow row, IntConsumer progress) throws IOException {
        ReportDefinition definition = catalogue.get(row.kind);
        ReportParameters parameters = json.read(row.parameters);
        Path part = archive.partFile(row);
        long rows;
        try (ReportWorkbook workbook = new ReportWorkbook(Labels.of(row.language), row.contactsVisible);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16)) {
            rows = definition.write(new ReportContext(row.kind, parameters, workbook, zone, Instant.now(clock),
                    row.requestedBy, progress));
            workbook.write(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        String relative = archive.relativePath(row);
        Path file = archive.resolve(relative);
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        archive.removeLeftovers(row);
        return new Output(file, relative, Files.size(file), rows);
    }
}
