package com.tierflow.console;

import java.time.Instant;
import java.util.List;

/**
 * Adds what a module knows about an order to the order's timeline on the console (audit decisions, approvals, delivery,
 * shipment). Declare an implementation as a bean; the console merges every contributor's entries by time.
 */
public interface OrderTimelineContributor {

    /**
     * @param messageKey key of the entry's title in the console's messages
     * @param detail     plain text shown under the title (already in the reader's words, or neutral data)
     * @param actor      who did it, or null for the system
     */
    record TimelineEntry(Instant at, String messageKey, String detail, String actor) {
    }

    List<TimelineEntry> timelineOf(long orderId);
}
