package com.tierflow.audit.internal;

import com.tierflow.audit.Blacklist;
import com.tierflow.audit.BlacklistEntry;
import com.tierflow.audit.BlacklistKind;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.RejectedRequestException;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class BlacklistStore implements Blacklist {

    private final BlacklistMapper entries;
    private final Clock clock;

    BlacklistStore(BlacklistMapper entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BlacklistEntry> list(BlacklistKind kindOrNull) {
        return entries.findAll(kindOrNull);
    }

    @Override
    @Transactional(readOnly = true)
    public BlacklistEntry get(long id) {
        return entries.findById(id).orElseThrow(() -> new NotFoundException("There is no blacklist entry " + id + "."));
    }

    @Override
    public BlacklistEntry add(BlacklistKind kind, String value, String reason, String actor) {
        String key = kind.matchKey(value);
        requireReason(reason);
        refuseDuplicate(kind, key, -1, value);
        BlacklistMapper.BlacklistRow row = new BlacklistMapper.BlacklistRow(kind, key, value.strip(), reason.strip(), actor,
                clock.instant());
        entries.insert(row);
        return get(row.getId());
    }

    @Override
    public BlacklistEntry update(long id, String value, String reason, String actor) {
        BlacklistEntry entry = get(id);
        String key = entry.kind().matchKey(value);
        requireReason(reason);
        refuseDuplicate(entry.kind(), key, id, value);
        entries.update(id, key, value.strip(), reason.strip());
        return get(id);
    }

    @Override
    public void remove(long id) {
        if (entries.delete(id) == 0) {
            throw new NotFoundException("There is no blacklist entry " + id + ".");
        }
    }

    private void refuseDuplicate(BlacklistKind kind, String key, long exceptId, String value) {
        if (entries.existsKey(kind, key, exceptId)) {
            throw new ConflictException("The " + kind.name().toLowerCase() + " '" + value.strip() + "' is blacklisted "
                    + "already.");
        }
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new RejectedRequestException("Say why the entry is blacklisted (reason).");
        }
    }
}
