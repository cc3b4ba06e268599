package com.tierflow.audit.internal;

import com.tierflow.audit.ApprovalSla;
import com.tierflow.audit.SlaSettings;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.RejectedRequestException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The review SLA: the stored row, else the configuration. An audit starts thousands of reviews per transaction, so the
 * value is kept for {@link #REFRESH} and read again afterwards (another node's change arrives within that time).
 */
@Service
class SlaStore implements ApprovalSla {

    static final Duration REFRESH = Duration.ofSeconds(30);
    private static final Duration SHORTEST = Duration.ofMinutes(5);
    private static final Duration LONGEST = Duration.ofDays(30);

    private record Cached(SlaSettings settings, Instant readAt) {
    }

    private final SlaMapper mapper;
    private final AuditSettings defaults;
    private final Clock clock;
    private final AtomicReference<Cached> cached = new AtomicReference<>();

    SlaStore(SlaMapper mapper, AuditSettings defaults, Clock clock) {
        this.mapper = mapper;
        this.defaults = defaults;
        this.clock = clock;
    }

    @Override
    public SlaSettings current() {
        Instant now = clock.instant();
        Cached known = cached.get();
        if (known != null && known.readAt().plus(REFRESH).isAfter(now)) {
            return known.settings();
        }
        SlaMapper.StoredSla stored = mapper.find();
        SlaSettings settings = stored == null
                ? new SlaSettings(defaults.reviewSla(), defaults.reminderBefore(), null, null)
                : new SlaSettings(Duration.ofMinutes(stored.reviewSlaMinutes()),
                        Duration.ofMinutes(stored.reminderBeforeMinutes()), stored.changedBy(), stored.changedAt());
        cached.set(new Cached(settings, now));
        return settings;
    }

    @Override
    @Transactional
    public SlaSettings change(Duration reviewSla, Duration reminderBefore, String actor) {
        validate(reviewSla, reminderBefore);
        Instant now = clock.instant();
        long review = reviewSla.toMinutes();
        long reminder = reminderBefore.toMinutes();
        if (mapper.update(review, reminder, actor, now) == 0) {
            try {
                mapper.insert(review, reminder, actor, now);
            } catch (DuplicateKeyException firstSaveRace) {
                throw new ConflictException("Someone else saved the SLA at the same moment; reload and check it.");
            }
        }
        SlaSettings settings = new SlaSettings(Duration.ofMinutes(review), Duration.ofMinutes(reminder), actor, now);
        // this node sees the new SLA once it is committed, never one that rolled back
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cached.set(new Cached(settings, now));
            }
        });
        return settings;
    }

    static void validate(Duration reviewSla, Duration reminderBefore) {
        if (reviewSla == null || reviewSla.compareTo(SHORTEST) < 0 || reviewSla.compareTo(LONGEST) > 0) {
            throw new RejectedRequestException("A review must be due between 5 minutes and 30 days after it starts.");
        }
        if (reminderBefore == null || reminderBefore.isNegative() || reminderBefore.compareTo(reviewSla) >= 0) {
            throw new RejectedRequestException("The reminder must come before the review is due: give a time shorter "
                    + "than the review time, or 0 for no early reminder.");
        }
    }
}
