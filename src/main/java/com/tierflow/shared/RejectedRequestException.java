package com.tierflow.shared;

/** The request is understood but cannot be carried out as asked; the API answers 400 with this message. */
public class RejectedRequestException extends RuntimeException {

    public RejectedRequestException(String message) {
        super(message);
    }
}
