package com.tierflow.classification;

/** The value tier the customer-tier decision gives a customer. */
public enum CustomerTier {
    HIGH,
    MEDIUM,
    LOW
}
