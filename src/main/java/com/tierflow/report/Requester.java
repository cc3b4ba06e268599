package com.tierflow.report;

import java.util.Collection;

/**
 * Who asks for a report. {@code contactsVisible} decides whether phone numbers and e-mails are written in full or
 * masked; see {@link ContactVisibility}.
 */
public record Requester(String userId, boolean contactsVisible) {

    /** The signed-in user with the authorities Spring Security gave them, e.g. {@code ROLE_MANAGER}. */
    public static Requester of(String userId, Collection<String> authorities) {
        return new Requester(userId, ContactVisibility.contactsVisible(authorities));
    }
}
