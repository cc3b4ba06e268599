package com.tierflow.delivery.internal;

/** Receives the identity MyBatis reads back after an insert. */
final class GeneratedKey {

    private Long value;

    public Long getValue() {
        return value;
    }

    public void setValue(Long value) {
        this.value = value;
    }

    long get() {
        return value;
    }
}
