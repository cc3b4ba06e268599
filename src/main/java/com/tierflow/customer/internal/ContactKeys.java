package com.tierflow.customer.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns a phone number or e-mail as a person types it into the customer_identity key the importer stored.
 * The rules mirror intake's normalisation; keep the two in step, or lookups miss customers.
 */
final class ContactKeys {

    private static final Pattern CN_MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+\\d{8,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final String SEPARATORS = " -().\u00A0";

    private ContactKeys() {
    }

    /** "+86 138-0013-8000", "0086 13800138000" and "13800138000" all give "M:13800138000"; empty if no mobile. */
    static Optional<String> mobile(String text) {
        if (text == null) {
            return Optional.empty();
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (char c : text.strip().toCharArray()) {
            if (Character.isDigit(c) || (c == '+' && kept.isEmpty())) {
                kept.append(c);
            } else if (SEPARATORS.indexOf(c) < 0) {
                return Optional.empty();
            }
        }
        String number = withoutChinaPrefix(kept.toString());
        boolean valid = CN_MOBILE.matcher(number).matches() || INTERNATIONAL.matcher(number).matches();
        return valid ? Optional.of("M:" + number) : Optional.empty();
    }

    private static String withoutChinaPrefix(String number) {
        if (number.startsWith("+86")) {
            return number.substring(3);
        }
        if (number.startsWith("0086")) {
            return number.substring(4);
        }
        if (number.startsWith("86") && number.length() == 13) {
            return number.substring(2);
        }
        // any other international prefix written as 00 is kept in the + form
        return number.startsWith("00") ? "+" + number.substring(2) : number;
    }

    /** "Li.Na@Example.COM " gives "E:li.na@example.com"; empty if no e-mail address. */
    static Optional<String> email(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip().toLowerCase(Locale.ROOT);
        return value.length() <= 320 && EMAIL.matcher(value).matches() ? Optional.of("E:" + value) : Optional.empty();
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
