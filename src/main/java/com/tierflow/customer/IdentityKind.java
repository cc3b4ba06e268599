package com.tierflow.customer;

/** The kinds of key that lead to a customer; stored as the first letter of the key (M, E, A). */
public enum IdentityKind {
    MOBILE,
    EMAIL,
    /** A channel's own customer id, meaningful only within that channel. */
    CHANNEL_ALIAS
}
