package com.tierflow.support;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelDraft;
import com.tierflow.intake.ChannelKind;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.FileType;
import com.tierflow.intake.ImportRecord;
import com.tierflow.intake.ImportService;
import com.tierflow.intake.ImportSource;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Channels of the test's own, and their files pushed through the real import job. */
public final class ChannelFiles {

    /** The zone of every test channel: the times in an {@link OrderCsv} are wall-clock times there. */
    public static final ZoneId CHANNEL_ZONE = ZoneId.of("Asia/Shanghai");

    private ChannelFiles() {
    }

    /** A CSV channel with a code no other test uses, reading the common Chinese headers. */
    public static Channel createChannel(ChannelService channels, String prefix) {
        String code = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        return channels.create(new ChannelDraft(code, "Test channel " + code, ChannelKind.ONLINE_SHOP, true,
                FileType.CSV, "UTF-8", ",", List.of("yyyy-MM-dd HH:mm:ss"), CHANNEL_ZONE.getId(), Map.of()));
    }

    /** Pushes the file and waits until its import has finished, however it finished. */
    public static ImportRecord importFile(ImportService imports, Channel channel, OrderCsv file) {
        try {
            ImportRecord submitted = imports.submit(channel.code(), "orders-" + UUID.randomUUID() + ".csv",
                    new ByteArrayInputStream(file.bytes()), ImportSource.UPLOAD, "integration-test");
            return Await.until(() -> imports.get(submitted.id()), r -> r.status().isFinished(), Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The instant of a time written in a test file. */
    public static Instant channelTime(String orderedAt) {
        return LocalDateTime.parse(orderedAt.replace(' ', 'T')).atZone(CHANNEL_ZONE).toInstant();
    }
}
