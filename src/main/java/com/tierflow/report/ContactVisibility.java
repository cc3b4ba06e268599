package com.tierflow.report;

import com.tierflow.security.Roles;
import java.util.Collection;

/**
 * Reports mask phone numbers and e-mails (138****8000, z***@example.cn) unless the requester is an administrator:
 * a manager steers by figures and segments and rarely needs to call a customer, and a workbook travels by e-mail.
 * Customer service, which does call customers, has no access to reports. Scheduled reports are always masked.
 */
public final class ContactVisibility {

    private ContactVisibility() {
    }

    public static boolean contactsVisible(Collection<String> authorities) {
        return authorities.contains(Roles.ROLE_ADMIN);
    }
}
