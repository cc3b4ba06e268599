package com.tierflow.intake.internal.inbox;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.ImportRecord;
import com.tierflow.intake.ImportService;
import com.tierflow.intake.ImportSource;
import com.tierflow.intake.ImportStatus;
import com.tierflow.intake.internal.persistence.ImportMapper;
import com.tierflow.shared.NodeIdentity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Polls each active channel's inbox folder. A file is taken once it has not changed for the settle time; a lease
 * row in the database decides which node takes it when several nodes share the folder.
 */
@Component
class InboxPoller {

    private static final Logger log = LoggerFactory.getLogger(InboxPoller.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Duration LEASE_TIMEOUT = Duration.ofMinutes(10);

    private final ChannelService channels;
    private final ImportService imports;
    private final InboxFolders folders;
    private final ImportMapper importRuns;
    private final JdbcTemplate jdbc;
    private final NodeIdentity node;
    private final Clock clock;
    private final Duration settleTime;

    InboxPoller(ChannelService channels, ImportService imports, InboxFolders folders, ImportMapper importRuns,
            JdbcTemplate jdbc, NodeIdentity node, Clock clock,
            @Value("${tierflow.intake.inbox-settle-time}") Duration settleTime) {
        this.channels = channels;
        this.imports = imports;
        this.folders = folders;
        this.importRuns = importRuns;
        this.jdbc = jdbc;
        this.node = node;
        this.clock = clock;
        this.settleTime = settleTime;
    }

    @Scheduled(initialDelayString = "${tierflow.intake.inbox-poll-interval}", fixedDelayString = "${tierflow.intake.inbox-poll-interval}")
    void poll() {
        for (Channel channel : channels.list()) {
            if (channel.active()) {
                pollChannel(channel);
            }
        }
    }

    /** Takes every settled file of one channel's inbox; returns how many this node took. */
    int pollChannel(Channel channel) {
        Path inbox = folders.inbox(channel.code());
        if (!Files.isDirectory(inbox)) {
            return 0;
        }
        int taken = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(inbox, Files::isRegularFile)) {
            for (Path file : entries) {
                if (!file.getFileName().toString().startsWith(".") && isSettled(file) && take(channel, file)) {
                    taken++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not read inbox {}: {}", inbox, e.getMessage());
        }
        return taken;
    }

    private boolean isSettled(Path file) throws IOException {
        Instant modified = Files.getLastModifiedTime(file).toInstant();
        return modified.isBefore(Instant.now(clock).minus(settleTime));
    }

    private boolean take(Channel channel, Path file) {
        String key = file.toAbsolutePath().normalize().toString();
        if (!lease(key)) {
            return false;
        }
        MDC.put("channel", " channel=" + channel.code());
        MDC.put("file", " file=" + file.getFileName());
        try {
            if (!Files.exists(file)) {
                return false;
            }
            ImportRecord record;
            try (InputStream in = Files.newInputStream(file)) {
                record = imports.submit(channel.code(), file.getFileName().toString(), in, ImportSource.INBOX, "inbox");
            } catch (RuntimeException e) {
                Path failed = folders.moveTo(file, folders.error(channel.code()), STAMP.format(Instant.now(clock)));
                folders.writeReason(failed, e.getMessage());
                log.warn("Inbox file {} refused: {}", file.getFileName(), e.getMessage());
                return true;
            }
            String stamp = STAMP.format(Instant.now(clock)) + "-" + record.id();
            if (record.status() == ImportStatus.DUPLICATE_FILE) {
                Path duplicate = folders.moveTo(file, folders.error(channel.code()), stamp);
                folders.writeReason(duplicate, record.message());
            } else {
                Path archived = folders.moveTo(file, folders.archive(channel.code()), stamp);
                importRuns.recordOrigin(record.id(), archived.toString());
                // a tiny unreadable file can fail before its origin was recorded: settle it here then
                ImportRecord current = imports.get(record.id());
                if (current.status() == ImportStatus.FAILED && Files.exists(archived)) {
                    Path failed = folders.moveTo(archived, folders.error(channel.code()), "");
                    folders.writeReason(failed, "Import #" + current.id() + ": " + current.message());
                }
            }
            return true;
        } catch (IOException e) {
            log.warn("Inbox file {} could not be handed off: {}", file, e.getMessage());
            return false;
        } finally {
            jdbc.update("delete from inbox_lease where path = ?", key);
            MDC.remove("channel");
            MDC.remove("file");
        }
    }

    private boolean lease(String key) {
        Instant now = Instant.now(clock);
        jdbc.update("delete from inbox_lease where path = ? and acquired_at < ?", key,
                java.sql.Timestamp.from(now.minus(LEASE_TIMEOUT)));
        try {
            return jdbc.update("insert into inbox_lease (path, node_id, acquired_at) values (?, ?, ?)",
                    key, node.id(), java.sql.Timestamp.from(now)) == 1;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }
}
