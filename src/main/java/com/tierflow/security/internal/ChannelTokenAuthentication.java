package com.tierflow.security.internal;

import com.tierflow.security.ChannelAccess;
import com.tierflow.security.ChannelTokens.TokenInfo;
import com.tierflow.security.Roles;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A caller that presented a channel's API token: the channel role, scoped to that one channel. */
final class ChannelTokenAuthentication extends AbstractAuthenticationToken {

    private final String name;

    ChannelTokenAuthentication(TokenInfo token) {
        super(List.of(new SimpleGrantedAuthority(Roles.ROLE_CHANNEL),
                new SimpleGrantedAuthority(ChannelAccess.scopeAuthority(token.channelCode()))));
        this.name = nameOf(token);
        setAuthenticated(true);
    }

    /** How imports and the audit log name a token's pushes: {@code token:<channel>:<id>}. */
    static String nameOf(TokenInfo token) {
        return "token:" + token.channelCode() + ":" + token.id();
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return name;
    }

    @Override
    public String getName() {
        return name;
    }
}
