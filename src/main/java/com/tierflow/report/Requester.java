package com.tierflow.report;

/**
 * Who asks for a report. {@code contactsVisible} decides whether phone numbers and e-mails are written in full or
 * masked; see {@link ContactVisibility}.
 */
public record Requester(String userId, boolean contactsVisible) {
}
