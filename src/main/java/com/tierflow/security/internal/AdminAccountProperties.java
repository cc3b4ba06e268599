package com.tierflow.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The administrator created on first start.
 *
 * @param username the Camunda user id
 * @param password used only when the user is created; without it a random one is generated and logged once
 */
@ConfigurationProperties("tierflow.security.admin")
record AdminAccountProperties(@DefaultValue("admin") String username, String password) {

    @Override
    public String toString() {
        return "AdminAccountProperties[username=" + username + ", password=" + (password == null ? "unset" : "******") + "]";
    }

    /** Passwords that appear in every default-credentials list; a configured admin password must not be one. */
    private static final java.util.Set<String> WELL_KNOWN = java.util.Set.of("admin", "administrator", "password",
            "passw0rd", "changeme", "change-me", "secret", "demo", "camunda", "tierflow", "123456", "12345678",
            "admin123", "password123", "qwerty");

    boolean hasWellKnownPassword() {
        return hasPassword() && WELL_KNOWN.contains(password.strip().toLowerCase(java.util.Locale.ROOT));
    }

    boolean hasPassword() {
        return password != null && !password.isBlank();
    }
}
