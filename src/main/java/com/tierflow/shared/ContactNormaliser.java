package com.tierflow.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** Phone numbers and e-mails in the one form that identifies a customer across channels. */
public final class ContactNormaliser {

    private static final Pattern CN_MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern INTERNATIONAL = Pattern.compile("\\+\\d{8,15}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private ContactNormaliser() {
    }

    /** "+86 138-0013-8000" and "13800138000" are the same mobile; null when the text is no phone number. */
    public static String phone(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isDigit(c) || (c == '+' && kept.isEmpty())) {
                kept.append(c);
            } else if (" -().\u00A0".indexOf(c) < 0) {
                return null;
            }
        }
        String number = kept.toString();
        if (number.startsWith("+86")) {
            number = number.substring(3);
        } else if (number.startsWith("0086")) {
            number = number.substring(4);
        } else if (number.startsWith("86") && number.length() == 13) {
            number = number.substring(2);
        } else if (number.startsWith("00")) {
            number = "+" + number.substring(2);
        }
        if (CN_MOBILE.matcher(number).matches() || INTERNATIONAL.matcher(number).matches()) {
            return number;
        }
        return null;
    }

    /** Lower-cased e-mail, or null when the text is no e-mail address. */
    public static String email(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        return value.length() <= 320 && EMAIL.matcher(value).matches() ? value : null;
    }
}
