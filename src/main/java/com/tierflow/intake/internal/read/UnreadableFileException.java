package com.tierflow.intake.internal.read;

/** The whole file cannot be imported; the message tells the clerk what to fix. */
public class UnreadableFileException extends RuntimeException {

    public UnreadableFileException(String message) {
        super(message);
    }

    public UnreadableFileException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The innermost cause's message: what the library actually objected to. */
    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
