package com.tierflow.security.internal;

import com.tierflow.security.Roles;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against Camunda's identity service (which also locks an account for a while after
 * failed attempts) and turns the user's Camunda groups into authorities.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;

    CamundaIdentityAuthenticationProvider(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String userId = attempt.getName();
        Object password = attempt.getCredentials();
        if (userId == null || userId.isBlank() || password == null || password.toString().isEmpty()
                || !identity.checkPassword(userId, password.toString())) {
            throw new BadCredentialsException("Bad user name or password");
        }
        UsernamePasswordAuthenticationToken authenticated =
                UsernamePasswordAuthenticationToken.authenticated(userId, null, authoritiesOf(userId));
        authenticated.setDetails(attempt.getDetails());
        return authenticated;
    }

    private List<GrantedAuthority> authoritiesOf(String userId) {
        List<String> groupIds = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        return toAuthorities(groupIds);
    }

    static List<GrantedAuthority> toAuthorities(List<String> groupIds) {
        return groupIds.stream()
                .map(Roles::authorityOf)
                .distinct()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
