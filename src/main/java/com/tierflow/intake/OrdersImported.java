package com.tierflow.intake;

/** Published when an import has merged its orders; audit and classification take it from there. */
public record OrdersImported(long importId, long channelId, long ordersImported) {
}
