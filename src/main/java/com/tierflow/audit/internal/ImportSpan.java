package com.tierflow.audit.internal;

import java.time.Instant;

/** The earliest and latest order time of an import's orders; both null for an import without orders. */
record ImportSpan(Instant firstOrderedAt, Instant lastOrderedAt) {
}
