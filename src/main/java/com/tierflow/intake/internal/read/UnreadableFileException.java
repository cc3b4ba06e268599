package com.tierflow.intake.internal.read;

/** The whole file cannot be imported; the message tells the clerk what to fix. */
public class UnreadableFileException extends RuntimeException {

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
