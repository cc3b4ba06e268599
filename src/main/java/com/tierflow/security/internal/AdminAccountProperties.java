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

    boolean hasPassword() {
        return password != null && !password.isBlank();
    }
}
