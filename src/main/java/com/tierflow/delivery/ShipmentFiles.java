package com.tierflow.delivery;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Shipment files (order number, carrier, tracking number) pushed back by a channel or its warehouse. Each row ships its
 * order in its own transaction (RELEASED → SHIPPED); a bad row is reported and does not stop the others.
 */
public interface ShipmentFiles {

    ShipmentFileReport submit(String channelCode, String fileName, InputStream content, String requestedBy)
            throws IOException;

    Optional<ShipmentFileReport> find(long fileId);
}
