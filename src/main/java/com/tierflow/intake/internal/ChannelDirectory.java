package com.tierflow.intake.internal;

import com.tierflow.intake.Channel;
import com.tierflow.intake.ChannelDraft;
import com.tierflow.intake.ChannelKind;
import com.tierflow.intake.ChannelService;
import com.tierflow.intake.FileType;
import com.tierflow.intake.FormatProfile;
import com.tierflow.intake.OrderField;
import com.tierflow.intake.UnknownChannelException;
import com.tierflow.intake.internal.persistence.ChannelMapper;
import com.tierflow.intake.internal.persistence.ChannelRow;
import com.tierflow.intake.internal.persistence.HeaderAliasRow;
import com.tierflow.intake.internal.read.DateTimeParser;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.RejectedRequestException;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ChannelDirectory implements ChannelService {

    private static final Set<String> SUPPORTED_ENCODINGS = Set.of("UTF-8", "GBK", "GB18030");

    private final ChannelMapper mapper;
    private final Clock clock;

    ChannelDirectory(ChannelMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    @Override
    public List<Channel> list() {
        return mapper.findAll().stream().map(this::toChannel).toList();
    }

    @Override
    public Optional<Channel> findByCode(String code) {
        return mapper.findByCode(code).map(this::toChannel);
    }

    @Override
    public Channel get(long id) {
        return mapper.findById(id).map(this::toChannel)
                .orElseThrow(() -> new NotFoundException("There is no channel with id " + id + "."));
    }

    @Override
    @Transactional
    public Channel create(ChannelDraft draft) {
        validate(draft);
        ChannelRow row = toRow(draft);
        row.createdAt = row.updatedAt;
        try {
            mapper.insert(row);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("A channel with code '" + draft.code() + "' exists already.");
        }
        saveAliases(row.id, draft.headerAliases());
        return get(row.id);
    }

    @Override
    @Transactional
    public Channel update(String code, ChannelDraft draft) {
        validate(draft);
        ChannelRow existing = mapper.findByCode(code).orElseThrow(() -> new UnknownChannelException(code));
        if (!existing.code.equals(draft.code())) {
            throw new RejectedRequestException("A channel's code cannot change (it is '" + code + "').");
        }
        ChannelRow row = toRow(draft);
        row.id = existing.id;
        mapper.update(row);
        mapper.deleteAliases(existing.id);
        saveAliases(existing.id, draft.headerAliases());
        return get(existing.id);
    }

    private void saveAliases(long channelId, Map<String, OrderField> aliases) {
        if (aliases == null) {
            return;
        }
        aliases.forEach((header, field) -> mapper.insertAlias(channelId, header.strip(), field.name()));
    }

    private ChannelRow toRow(ChannelDraft draft) {
        ChannelRow row = new ChannelRow();
        row.code = draft.code();
        row.name = draft.name().strip();
        row.kind = draft.kind().name();
        row.active = draft.active() == null || draft.active();
        row.fileType = draft.fileType().name();
        row.encoding = Charset.forName(draft.encoding()).name();
        row.delimiter = draft.delimiter() == null ? "," : draft.delimiter();
        row.dateTimeFormats = String.join("\n", draft.dateTimeFormats());
        row.timeZone = draft.timeZone();
        row.updatedAt = Instant.now(clock);
        return row;
    }

    private void validate(ChannelDraft draft) {
        String encoding = draft.encoding().strip().toUpperCase(java.util.Locale.ROOT);
        if (!SUPPORTED_ENCODINGS.contains(encoding)) {
            throw new RejectedRequestException("Encoding '" + draft.encoding() + "' is not supported; use one of "
                    + String.join(", ", SUPPORTED_ENCODINGS.stream().sorted().toList()) + ".");
        }
        try {
            ZoneId.of(draft.timeZone());
        } catch (DateTimeException e) {
            throw new RejectedRequestException("Time zone '" + draft.timeZone() + "' is unknown; use a region id such as Asia/Shanghai.");
        }
        for (String pattern : draft.dateTimeFormats()) {
            if (!DateTimeParser.isValidPattern(pattern)) {
                throw new RejectedRequestException("Date/time format '" + pattern + "' is not a valid pattern (example: yyyy-MM-dd HH:mm:ss).");
            }
        }
        if (draft.delimiter() != null && "\"\r\n".contains(draft.delimiter())) {
            throw new RejectedRequestException("A quote or line break cannot be the delimiter.");
        }
    }

    private Channel toChannel(ChannelRow row) {
        Map<String, OrderField> aliases = new LinkedHashMap<>();
        for (HeaderAliasRow alias : mapper.findAliases(row.id)) {
            aliases.put(alias.header(), OrderField.valueOf(alias.field()));
        }
        List<String> formats = Arrays.stream(row.dateTimeFormats.split("\n")).filter(f -> !f.isBlank()).toList();
        FormatProfile profile = new FormatProfile(FileType.valueOf(row.fileType), row.encoding, row.delimiter.charAt(0),
                formats, row.timeZone, aliases);
        return new Channel(row.id, row.code, row.name, ChannelKind.valueOf(row.kind), row.active, profile);
    }
}
