package com.tierflow.audit.internal;

import java.time.Duration;
import java.time.Instant;

/** Whether an order's time is plausible: not in the future (beyond a clock skew), not older than the accepted window. */
enum TimeStandard {
    OK,
    FUTURE,
    TOO_OLD;

    static TimeStandard of(Instant orderedAt, Instant now, Duration maxAge, Duration allowedSkew) {
        if (orderedAt.isAfter(now.plus(allowedSkew))) {
            return FUTURE;
        }
        return orderedAt.isBefore(now.minus(maxAge)) ? TOO_OLD : OK;
    }
}
