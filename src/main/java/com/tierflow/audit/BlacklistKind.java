package com.tierflow.audit;

import com.tierflow.shared.ContactNormaliser;
import com.tierflow.shared.RejectedRequestException;
import java.util.Locale;

/** What a blacklist entry matches; each kind has one form of its value the audit compares orders with. */
public enum BlacklistKind {
    /** A mobile number in any common notation. */
    PHONE,
    /** Province, city and street as one text; spaces and letter case do not matter. */
    ADDRESS,
    /** Tierflow's customer id. */
    CUSTOMER;

    /** The value as the audit's SQL compares it; refused when it cannot match anything. */
    public String matchKey(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new RejectedRequestException("A blacklist entry needs a value.");
        }
        return switch (this) {
            case PHONE -> {
                String phone = ContactNormaliser.phone(text);
                if (phone == null) {
                    throw new RejectedRequestException("'" + text + "' is not a phone number.");
                }
                yield phone;
            }
            case ADDRESS -> text.replace(" ", "").toLowerCase(Locale.ROOT);
            case CUSTOMER -> {
                try {
                    yield Long.toString(Long.parseLong(text));
                } catch (NumberFormatException e) {
                    throw new RejectedRequestException("'" + text + "' is not a customer id.");
                }
            }
        };
    }
}
