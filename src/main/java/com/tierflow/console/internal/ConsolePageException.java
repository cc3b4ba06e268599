package com.tierflow.console.internal;

import org.springframework.http.HttpStatus;

/** A page that cannot be shown, with the key of the sentence that tells the reader why. */
public class ConsolePageException extends RuntimeException {

    private final HttpStatus status;
    private final String messageKey;

    public ConsolePageException(HttpStatus status, String messageKey) {
        super(messageKey);
        this.status = status;
        this.messageKey = messageKey;
    }

    public static ConsolePageException forbidden() {
        return new ConsolePageException(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    public HttpStatus status() {
        return status;
    }

    public String messageKey() {
        return messageKey;
    }
}
