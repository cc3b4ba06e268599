package com.tierflow.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.demo.FileFormat;
import com.tierflow.demo.GeneratedFile;
import com.tierflow.intake.internal.inbox.InboxFolders;
import com.tierflow.support.Await;
import com.tierflow.support.IntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** Files dropped into a channel's inbox folder are imported, then archived; refused ones land in error/ with a reason. */
@IntegrationTest
class InboxIT {

    @Autowired IntakeFixtures fixtures;
    @Autowired ImportService imports;
    @Autowired InboxFolders folders;
    @TempDir Path dir;

    @Test
    void shouldImportADroppedFileAndArchiveIt() throws IOException {
        Channel channel = fixtures.channel("INB", FileType.CSV, "UTF-8", ',');
        GeneratedFile file = fixtures.generate(IntakeFixtures.spec(channel, 300, 31, FileFormat.CSV).withBadRowShare(0), dir);
        Path inbox = Files.createDirectories(folders.inbox(channel.code()));

        Files.copy(file.path(), inbox.resolve("orders.csv"));

        ImportRecord record = Await.until(() -> imports.list(channel.code(), 5), list -> !list.isEmpty()
                && list.get(0).status().isFinished(), Duration.ofSeconds(60)).get(0);
        assertThat(record.source()).isEqualTo(ImportSource.INBOX);
        assertThat(record.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(record.ordersImported()).isEqualTo(file.goodOrders());
        assertThat(Files.exists(inbox.resolve("orders.csv"))).isFalse();
        assertThat(names(inbox.resolve("archive"))).singleElement().asString().endsWith("-orders.csv");
    }

    @Test
    void shouldMoveAnUnreadableFileToTheErrorFolderWithItsReason() throws IOException {
        Channel channel = fixtures.channel("INE", FileType.CSV, "UTF-8", ',');
        Path inbox = Files.createDirectories(folders.inbox(channel.code()));

        Files.writeString(inbox.resolve("broken.csv"), "order_no,phone\nA1,13800138000\n", StandardCharsets.UTF_8);

        Path error = inbox.resolve("error");
        List<String> names = Await.until(() -> names(error), list -> list.size() == 2, Duration.ofSeconds(60));
        Path reason = error.resolve(names.stream().filter(n -> n.endsWith(".reason.txt")).findFirst().orElseThrow());
        assertThat(Files.readString(reason)).contains("lacks required columns");
        assertThat(names(inbox.resolve("archive"))).isEmpty();
    }

    private static List<String> names(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
