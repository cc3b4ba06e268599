package com.tierflow.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;

class CamundaIdentityAuthenticationProviderTest {

    @Test
    void shouldTurnCamundaGroupsIntoRoleAuthorities() {
        List<GrantedAuthority> authorities = CamundaIdentityAuthenticationProvider.toAuthorities(
                List.of("admin", "camunda-admin", "customer-service"), List.of());

        assertThat(authorities).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_ADMIN", "ROLE_CAMUNDA_ADMIN", "ROLE_CUSTOMER_SERVICE");
    }

    @Test
    void shouldGiveUserWithoutGroupsNoAuthority() {
        assertThat(CamundaIdentityAuthenticationProvider.toAuthorities(List.of(), List.of())).isEmpty();
    }

    @Test
    void shouldScopeChannelUserToItsChannels() {
        List<GrantedAuthority> authorities = CamundaIdentityAuthenticationProvider.toAuthorities(
                List.of("channel"), List.of("TMALL", "WEBSHOP"));

        assertThat(authorities).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_CHANNEL", "CHANNEL_SCOPE_TMALL", "CHANNEL_SCOPE_WEBSHOP");
    }
}
