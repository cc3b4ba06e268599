package com.tierflow.order;

/** Where an order stands; the importer creates every order as {@link #IMPORTED}. */
public enum OrderStatus {
    IMPORTED,
    PENDING_REVIEW,
    PENDING_MANAGER,
    APPROVED,
    RELEASED,
    SHIPPED,
    COMPLETED,
    REJECTED,
    CANCELLED,
    RETURNED
}
