package com.tierflow.intake.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class FileStoreTest {

    @TempDir Path root;

    @Test
    void shouldKeepTheFileAndItsSha256() throws Exception {
        FileStore store = new FileStore(root, DataSize.ofKilobytes(1));

        FileStore.StoredFile stored = store.store("TMALL", "a.csv", new ByteArrayInputStream("abc".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.readString(stored.path())).isEqualTo("abc");
        assertThat(stored.size()).isEqualTo(3);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(
                java.security.MessageDigest.getInstance("SHA-256").digest("abc".getBytes(StandardCharsets.UTF_8))));
        assertThat(stored.path()).startsWith(root.resolve("TMALL"));
    }

    @Test
    void shouldRefuseAFileOverTheLimitAndLeaveNothingBehind() throws Exception {
        FileStore store = new FileStore(root, DataSize.ofKilobytes(1));

        assertThatThrownBy(() -> store.store("TMALL", "big.csv", new ByteArrayInputStream(new byte[2048])))
                .hasMessageContaining("larger than");
        try (var files = Files.walk(root)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void shouldStripFoldersAndControlCharactersFromFileNames() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("C:\\orders\\day1.csv")).isEqualTo("day1.csv");
        assertThat(FileNames.sanitise("a\u0000b\nc.csv")).isEqualTo("a_b_c.csv");
        assertThat(FileNames.sanitise("..")).isEqualTo("upload");
        assertThat(FileNames.sanitise("orders\u202Evsc.exe")).isEqualTo("orders_vsc.exe");
        assertThat(FileNames.sanitise("订单\u200B.csv")).isEqualTo("订单_.csv");
        assertThat(FileNames.sanitise(null)).isEqualTo("upload");
    }
}
