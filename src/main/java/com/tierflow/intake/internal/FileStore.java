package com.tierflow.intake.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** Keeps every pushed file (shared between nodes in a cluster), hashing it while it is written. */
@Component
class FileStore {

    record StoredFile(Path path, String sha256, long size) {
    }

    private final Path root;
    private final long maxBytes;

    FileStore(@Value("${tierflow.intake.storage-dir}") Path root,
            @Value("${tierflow.intake.max-upload-size}") org.springframework.util.unit.DataSize maxSize) {
        this.root = root.toAbsolutePath().normalize();
        this.maxBytes = maxSize.toBytes();
    }

    StoredFile store(String channelCode, String safeFileName, InputStream content) throws IOException {
        Path dir = root.resolve(channelCode).resolve(LocalDate.now().toString());
        Files.createDirectories(dir);
        Path target = dir.resolve(UUID.randomUUID() + "-" + safeFileName);
        MessageDigest digest = sha256();
        long size = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = content.read(buffer)) >= 0) {
                size += read;
                if (size > maxBytes) {
                    throw new FileTooLargeException(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(target);
            throw e;
        }
        return new StoredFile(target, HexFormat.of().formatHex(digest.digest()), size);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A pushed file over the configured limit. */
    static class FileTooLargeException extends com.tierflow.shared.RejectedRequestException {
        FileTooLargeException(long maxBytes) {
            super("The file is larger than " + maxBytes / (1024 * 1024) + " MB, the most this server accepts. Split it into smaller files.");
        }
    }
}
