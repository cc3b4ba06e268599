package com.tierflow.delivery;

public enum ShipmentFileStatus {
    /** Its rows are being shipped; a push of the same bytes takes over a file left RUNNING by a stopped node. */
    RUNNING,
    /** Every row shipped its order (or repeated a shipment already known). */
    COMPLETED,
    /** Good rows shipped their orders; the others are in the problems. */
    COMPLETED_WITH_ERRORS,
    /** The same bytes were pushed for this channel before; nothing done again. */
    DUPLICATE_FILE,
    /** The file as a whole cannot be read (no header with order number, carrier and tracking number). */
    FAILED
}
