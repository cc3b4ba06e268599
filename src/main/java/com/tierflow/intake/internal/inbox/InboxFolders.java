package com.tierflow.intake.internal.inbox;

import com.tierflow.intake.internal.batch.ImportFinishing;
import com.tierflow.intake.internal.persistence.ImportRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * One folder per channel: files dropped into {@code <inbox>/<CHANNEL>/} are imported, then kept in
 * {@code archive/}; a file that could not be imported goes to {@code error/} with a {@code .reason.txt} beside it.
 * Nothing is ever deleted.
 */
@Component
public class InboxFolders implements ImportFinishing {

    private static final Logger log = LoggerFactory.getLogger(InboxFolders.class);

    private final Path root;

    InboxFolders(@Value("${tierflow.intake.inbox-dir}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path inbox(String channelCode) {
        return root.resolve(channelCode);
    }

    Path archive(String channelCode) {
        return inbox(channelCode).resolve("archive");
    }

    Path error(String channelCode) {
        return inbox(channelCode).resolve("error");
    }

    Path moveTo(Path file, Path folder, String stamp) throws IOException {
        Files.createDirectories(folder);
        Path target = folder.resolve(stamp.isEmpty() ? file.getFileName().toString() : stamp + "-" + file.getFileName());
        return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
    }

    void writeReason(Path file, String reason) throws IOException {
        Files.writeString(file.resolveSibling(file.getFileName() + ".reason.txt"), reason + System.lineSeparator(),
                StandardCharsets.UTF_8);
    }

    @Override
    public void settleOriginal(ImportRow row, boolean imported) {
        if (row.originPath == null || imported) {
            return;
        }
        Path archived = Path.of(row.originPath);
        try {
            if (Files.exists(archived)) {
                Path failed = moveTo(archived, error(row.channelCode), "");
                writeReason(failed, "Import #" + row.id + ": " + row.message);
            }
        } catch (IOException e) {
            log.warn("Could not move {} to the error folder: {}", archived, e.getMessage());
        }
    }
}
