package com.tierflow.security.internal;

import com.tierflow.security.ChannelAccess;
import com.tierflow.security.Roles;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
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
    private final ChannelAccessMapper channelAccess;

    CamundaIdentityAuthenticationProvider(IdentityService identity, ChannelAccessMapper channelAccess) {
        this.identity = identity;
        this.channelAccess = channelAccess;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String userId = attempt.getName();
        Object password = attempt.getCredentials();
        if (userId == null || userId.isBlank() || password == null || password.toString().isEmpty()
                || !identity.checkPassword(userId, password.toString())) {
            throw new BadCredentialsException("Bad user name or password");
        }
        upgradeLegacyHash(userId, password.toString());
        UsernamePasswordAuthenticationToken authenticated =
                UsernamePasswordAuthenticationToken.authenticated(userId, null, authoritiesOf(userId));
        authenticated.setDetails(attempt.getDetails());
        return authenticated;
    }

    private List<GrantedAuthority> authoritiesOf(String userId) {
        List<String> groupIds = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
        List<String> channels = groupIds.contains(Roles.CHANNEL) ? channelAccess.findChannelsOf(userId) : List.of();
        return toAuthorities(groupIds, channels);
    }

    static List<GrantedAuthority> toAuthorities(List<String> groupIds, List<String> channelCodes) {
        return Stream.concat(groupIds.stream().map(Roles::authorityOf), channelCodes.stream().map(ChannelAccess::scopeAuthority))
                .distinct()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new)
                .toList();
    }

    /** A password hashed before BCrypt was configured is hashed again with BCrypt once its owner signs in. */
    private void upgradeLegacyHash(String userId, String password) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user instanceof UserEntity entity && entity.getPassword() != null
                && !entity.getPassword().startsWith("{" + BCryptPasswords.BCryptEncryptor.NAME + "}")) {
            user.setPassword(password);
            identity.saveUser(user);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
