package com.tierflow.security;

import java.util.List;
import java.util.Locale;

/**
 * The roles of Tierflow. Each role is a Camunda group of the same id, so Cockpit, Tasklist, Admin and the Tierflow
 * API share one set of users; Spring Security sees a group as the authority {@code ROLE_} + the id in upper case with
 * {@code -} as {@code _}.
 */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String MANAGER = "manager";
    public static final String CLERK = "clerk";
    public static final String CUSTOMER_SERVICE = "customer-service";
    public static final String MARKETING = "marketing";
    public static final String CHANNEL = "channel";

    /** Camunda's own administrators group; Camunda Admin lets only its members manage users. */
    public static final String CAMUNDA_ADMIN = "camunda-admin";

    public static final String ROLE_ADMIN = "ROLE_ADMIN";
    public static final String ROLE_MANAGER = "ROLE_MANAGER";
    public static final String ROLE_CLERK = "ROLE_CLERK";
    public static final String ROLE_CUSTOMER_SERVICE = "ROLE_CUSTOMER_SERVICE";
    public static final String ROLE_MARKETING = "ROLE_MARKETING";
    public static final String ROLE_CHANNEL = "ROLE_CHANNEL";

    /** Every Tierflow role, as group ids. */
    public static final List<String> ALL = List.of(ADMIN, MANAGER, CLERK, CUSTOMER_SERVICE, MARKETING, CHANNEL);

    private Roles() {
    }

    /** The Spring Security authority a member of this group holds: {@code customer-service} → {@code ROLE_CUSTOMER_SERVICE}. */
    public static String authorityOf(String groupId) {
        return "ROLE_" + groupId.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
