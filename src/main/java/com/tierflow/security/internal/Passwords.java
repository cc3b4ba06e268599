package com.tierflow.security.internal;

import java.security.SecureRandom;
import java.util.Base64;

/** Random passwords for accounts nobody configured a password for. */
final class Passwords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** 24 URL-safe characters (144 random bits), easy to paste into a Basic-auth header or a login form. */
    static String random() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
