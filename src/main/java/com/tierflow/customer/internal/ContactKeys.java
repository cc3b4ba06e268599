package com.tierflow.customer.internal;

import com.tierflow.shared.ContactNormaliser;
import java.util.Optional;

/**
 * Turns a phone number or e-mail as a person types it into the customer_identity key the importer stored.
 * The rules are the importer's own ({@link ContactNormaliser}), so a lookup finds what an import stored.
 */
final class ContactKeys {

    private static final String SEPARATORS = " -().\u00A0";

    private ContactKeys() {
    }

    /** "+86 138-0013-8000", "0086 13800138000" and "13800138000" all give "M:13800138000"; empty if no mobile. */
    static Optional<String> mobile(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(ContactNormaliser.phone(text.strip())).map(p -> "M:" + p);
    }

    /** "Li.Na@Example.COM " gives "E:li.na@example.com"; empty if no e-mail address. */
    static Optional<String> email(String text) {
        return text == null ? Optional.empty() : Optional.ofNullable(ContactNormaliser.email(text)).map(e -> "E:" + e);
    }

    /** The phone fragment a search compares with the stored numbers: digits only, separators dropped. */
    static String phoneFragment(String text) {
        StringBuilder digits = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (Character.isDigit(c)) {
                digits.append(c);
            } else if (SEPARATORS.indexOf(c) < 0 && c != '+') {
                return null;
            }
        }
        return digits.isEmpty() ? null : digits.toString();
    }
}
