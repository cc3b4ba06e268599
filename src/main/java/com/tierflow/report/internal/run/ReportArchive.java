package com.tierflow.report.internal.run;

import com.tierflow.report.internal.persistence.ReportRow;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where report files live: {@code <archive-dir>/<yyyy>/<MM>/report-<id>.xlsx}, written as {@code .<uuid>.part} first and
 * moved into place when complete, so the archive never holds half a workbook. Share the folder between nodes.
 */
@Component
public class ReportArchive {

    private static final DateTimeFormatter MONTH_DIR = DateTimeFormatter.ofPattern("yyyy/MM").withZone(ZoneOffset.UTC);

    private final Path root;

    ReportArchive(@Value("${tierflow.report.archive-dir}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** The archive-relative path of a report's file. */
    String relativePath(ReportRow row) {
        return MONTH_DIR.format(row.createdAt) + "/report-" + row.id + ".xlsx";
    }

    /** A file of this attempt's own: a node that took over a report never writes into another node's file. */
    Path partFile(ReportRow row) throws IOException {
        Path file = root.resolve(relativePath(row) + "." + UUID.randomUUID() + ".part");
        Files.createDirectories(file.getParent());
        return file;
    }

    /** Removes what interrupted attempts left of a report once it is complete. */
    void removeLeftovers(ReportRow row) throws IOException {
        Path file = root.resolve(relativePath(row));
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(file.getParent(), file.getFileName() + ".*.part")) {
            for (Path part : parts) {
                Files.deleteIfExists(part);
            }
        }
    }

    public Path resolve(String relativePath) {
        Path file = root.resolve(relativePath).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalStateException("Report path outside the archive: " + relativePath);
        }
        return file;
    }
}
