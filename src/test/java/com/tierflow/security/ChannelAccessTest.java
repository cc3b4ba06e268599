package com.tierflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

class ChannelAccessTest {

    @Test
    void shouldLetChannelClientUploadAndReadOnlyItsOwnChannel() {
        Authentication client = caller(Roles.ROLE_CHANNEL, ChannelAccess.scopeAuthority("TMALL"));

        assertThat(ChannelAccess.mayUpload(client, "TMALL")).isTrue();
        assertThat(ChannelAccess.mayRead(client, "TMALL")).isTrue();
        assertThat(ChannelAccess.mayUpload(client, "WEBSHOP")).isFalse();
        assertThat(ChannelAccess.mayRead(client, "WEBSHOP")).isFalse();
        assertThat(ChannelAccess.isPerson(client)).isFalse();
        assertThat(ChannelAccess.channelsOf(client)).containsExactly("TMALL");
    }

    @Test
    void shouldNotTreatAScopeWithoutTheChannelRoleAsAChannelMember() {
        Authentication stale = caller(Roles.ROLE_MARKETING, ChannelAccess.scopeAuthority("TMALL"));

        assertThat(ChannelAccess.mayUpload(stale, "TMALL")).isFalse();
        assertThat(ChannelAccess.mayRead(stale, "WEBSHOP")).as("marketing reads every channel").isTrue();
    }

    @Test
    void shouldLetClerksAndAdminsUploadForAnyChannelButNotManagers() {
        assertThat(ChannelAccess.mayUpload(caller(Roles.ROLE_CLERK), "ANY")).isTrue();
        assertThat(ChannelAccess.mayUpload(caller(Roles.ROLE_ADMIN), "ANY")).isTrue();
        assertThat(ChannelAccess.mayUpload(caller(Roles.ROLE_MANAGER), "ANY")).isFalse();
    }

    @Test
    void shouldGiveNothingToNobody() {
        assertThat(ChannelAccess.mayRead(null, "TMALL")).isFalse();
        assertThat(ChannelAccess.mayUpload(caller(Roles.ROLE_CHANNEL), null)).isFalse();
    }

    private static Authentication caller(String... authorities) {
        TestingAuthenticationToken token = new TestingAuthenticationToken("someone", null, authorities);
        token.setAuthenticated(true);
        return token;
    }
}
