package com.tierflow.intake;

import com.tierflow.demo.FileFormat;
import com.tierflow.demo.GeneratedFile;
import com.tierflow.demo.GeneratorSpec;
import com.tierflow.demo.OrderFileGenerator;
import com.tierflow.support.Await;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Channels, generated files and imports for the intake tests; every channel code is unique to its test. */
@Component
public class IntakeFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final ChannelService channels;
    private final ImportService imports;
    private final OrderFileGenerator generator = new OrderFileGenerator();

    IntakeFixtures(ChannelService channels, ImportService imports) {
        this.channels = channels;
        this.imports = imports;
    }

    public Channel channel(String prefix, FileType type, String encoding, char delimiter) {
        return channel(prefix, type, encoding, delimiter, Map.of());
    }

    public Channel channel(String prefix, FileType type, String encoding, char delimiter, Map<String, OrderField> aliases) {
        String code = prefix + SEQUENCE.incrementAndGet() + "X" + Long.toString(System.nanoTime() % 100_000, 36).toUpperCase();
        return channels.create(new ChannelDraft(code, "Test channel " + code, ChannelKind.ONLINE_SHOP, true, type,
                encoding, String.valueOf(delimiter), List.of("yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd HH:mm"),
                "Asia/Shanghai", aliases));
    }

    public GeneratedFile generate(GeneratorSpec spec, Path dir) {
        try {
            return generator.write(spec, dir.resolve(spec.channelCode() + "-" + spec.seed() + "." + spec.format().extension()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static GeneratorSpec spec(Channel channel, long lines, long seed, FileFormat format) {
        return GeneratorSpec.csv(channel.code(), lines, seed).withFormat(format);
    }

    public ImportRecord submit(Channel channel, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return imports.submit(channel.code(), file.getFileName().toString(), in, ImportSource.UPLOAD, "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ImportRecord submit(Channel channel, String fileName, byte[] content) {
        try {
            return imports.submit(channel.code(), fileName, new java.io.ByteArrayInputStream(content), ImportSource.UPLOAD, "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ImportRecord awaitFinished(long importId) {
        return Await.until(() -> imports.get(importId), record -> record.status().isFinished()
                || record.status() == ImportStatus.INTERRUPTED, Duration.ofSeconds(120));
    }

    /** Waits through interruptions, for a resumed import. */
    public ImportRecord awaitCompleted(long importId) {
        return Await.until(() -> imports.get(importId), record -> record.status().isFinished(), Duration.ofSeconds(120));
    }

    public ImportRecord importFile(Channel channel, Path file) {
        return awaitFinished(submit(channel, file).id());
    }
}
