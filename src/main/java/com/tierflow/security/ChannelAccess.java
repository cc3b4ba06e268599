package com.tierflow.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Which channels a caller may act for. A channel client (a channel token, or a person in the {@code channel} role) holds
 * one authority {@code CHANNEL_SCOPE_<code>} per channel it belongs to, and may push files and read imports of those
 * channels only. People in the other roles are not limited to channels.
 */
public final class ChannelAccess {

    public static final String SCOPE_PREFIX = "CHANNEL_SCOPE_";

    private static final Set<String> PEOPLE = Set.of(Roles.ROLE_ADMIN, Roles.ROLE_MANAGER, Roles.ROLE_CLERK,
            Roles.ROLE_CUSTOMER_SERVICE, Roles.ROLE_MARKETING);
    private static final Set<String> UPLOADERS = Set.of(Roles.ROLE_ADMIN, Roles.ROLE_CLERK);

    private ChannelAccess() {
    }

    public static String scopeAuthority(String channelCode) {
        return SCOPE_PREFIX + channelCode;
    }

    /** Whether the caller holds a role beyond {@code channel}: such a caller may read every channel's data. */
    public static boolean isPerson(Authentication caller) {
        return authorities(caller).stream().anyMatch(PEOPLE::contains);
    }

    /** The channels a channel client belongs to; empty for everyone else. */
    public static Set<String> channelsOf(Authentication caller) {
        return authorities(caller).stream()
                .filter(authority -> authority.startsWith(SCOPE_PREFIX))
                .map(authority -> authority.substring(SCOPE_PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Whether the caller may push a file for this channel: admins and clerks for any, channel clients for their own. */
    public static boolean mayUpload(Authentication caller, String channelCode) {
        Set<String> held = authorities(caller);
        return held.stream().anyMatch(UPLOADERS::contains) || isChannelMember(caller, channelCode);
    }

    /** Whether the caller may read this channel's imports and profile. */
    public static boolean mayRead(Authentication caller, String channelCode) {
        return isPerson(caller) || isChannelMember(caller, channelCode);
    }

    private static boolean isChannelMember(Authentication caller, String channelCode) {
        Set<String> held = authorities(caller);
        return channelCode != null && held.contains(Roles.ROLE_CHANNEL) && held.contains(scopeAuthority(channelCode));
    }

    private static Set<String> authorities(Authentication caller) {
        if (caller == null || !caller.isAuthenticated()) {
            return Set.of();
        }
        Collection<? extends GrantedAuthority> granted = caller.getAuthorities();
        return granted.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toUnmodifiableSet());
    }
}
