package com.tierflow.security;

import java.util.List;
import java.util.Set;

/** People and their roles, kept in Camunda's identity service, plus the channels a channel user belongs to. */
public interface UserAdministration {

    record UserView(String id, String firstName, String lastName, String email, Set<String> roles,
            Set<String> channels) {
    }

    /** @param password at least 10 characters; stored as a BCrypt hash */
    record NewUser(String id, String firstName, String lastName, String email, String password, Set<String> roles,
            Set<String> channels) {
    }

    List<UserView> list();

    UserView get(String userId);

    UserView create(NewUser user);

    /** Replaces the user's Tierflow roles (Camunda's own groups are left as they are). */
    UserView changeRoles(String userId, Set<String> roles);

    /** Replaces the channels a channel user may push files for. */
    UserView changeChannels(String userId, Set<String> channelCodes);

    /** The user's preferred language tag (e.g. zh, en), if chosen. */
    String preferredLanguage(String userId);

    void setPreferredLanguage(String userId, String languageTag);
}
