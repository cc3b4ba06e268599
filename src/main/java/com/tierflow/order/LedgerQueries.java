package com.tierflow.order;

import java.time.Instant;
import java.util.List;

/** Reconciles orders against their ledger entries. */
public interface LedgerQueries {

    /**
     * Per channel, ordered by channel code: the orders placed in [from, to) with all their ledger entries.
     * Every argument may be null for "any"; a channel without orders in the window is left out.
     */
    List<ChannelLedger> reconcile(String channelCodeOrNull, Instant fromOrNull, Instant toOrNull);
}
