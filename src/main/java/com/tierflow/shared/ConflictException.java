package com.tierflow.shared;

/** The request clashes with the current state (e.g. a code already taken); the API answers 409. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
