package com.tierflow.delivery;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/** Releases approved orders in delivery batches and writes the delivery file of a batch. */
public interface Deliveries {

    /**
     * Releases up to {@code maxOrders} APPROVED orders of the channel (oldest first) in one new batch, all or nothing;
     * RejectedRequestException if there is none to release.
     */
    DeliveryBatch release(String channelCode, String warehouse, int maxOrders, String actor);

    Optional<DeliveryBatch> find(long batchId);

    /** CSV (UTF-8 with BOM), one row per order line; a cell that a spreadsheet would run as a formula is written as text. */
    void writeDeliveryFile(long batchId, OutputStream out) throws IOException;
}
