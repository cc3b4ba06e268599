package com.tierflow.delivery;

import java.time.Instant;

/** Completes shipped orders whose waiting time for a return has passed; runs on a schedule on every node. */
public interface OrderCompletion {

    /**
     * Completes every SHIPPED order due at {@code asOf}; each order is claimed in the database first, so however many
     * nodes run this at once, each order is completed once.
     *
     * @return the number of orders this call completed
     */
    int completeDue(Instant asOf);
}
