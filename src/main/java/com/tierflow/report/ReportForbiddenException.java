package com.tierflow.report;

/** The requester may not have this report's file, e.g. one with contacts in full for a role that sees them masked. */
public class ReportForbiddenException extends RuntimeException {

    public ReportForbiddenException(String message) {
        super(message);
    }
}
