package com.tierflow.classification.internal.model;

/** A model could not be fitted to the data; the message says why in words a manager can act on. */
public class ModelFitException extends RuntimeException {

    public ModelFitException(String message) {
        super(message);
    }
}
