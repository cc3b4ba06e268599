package com.tierflow.delivery.internal.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tierflow.security.ChannelAccess;
import com.tierflow.security.Roles;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.web.server.ResponseStatusException;

class DeliveryControllerTest {

    @Test
    void shouldLetAChannelAccountActForItsOwnChannelOnly() {
        Authentication tmall = new UsernamePasswordAuthenticationToken("tmall-client", null, List.of(
                new SimpleGrantedAuthority(Roles.ROLE_CHANNEL), new SimpleGrantedAuthority(ChannelAccess.scopeAuthority("TMALL-1"))));

        assertThatCode(() -> DeliveryController.requireOwnChannel(tmall, "TMALL-1")).doesNotThrowAnyException();
        assertThatThrownBy(() -> DeliveryController.requireOwnChannel(tmall, "JD"))
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("own channel");
        assertThatThrownBy(() -> DeliveryController.requireOwnChannel(user(Roles.CHANNEL), "TMALL-1"))
                .isInstanceOf(ResponseStatusException.class);
    }

    @Test
    void shouldLetClerksAndManagersActForEveryChannel() {
        assertThatCode(() -> DeliveryController.requireOwnChannel(user(Roles.CLERK), "JD")).doesNotThrowAnyException();
        assertThatCode(() -> DeliveryController.requireOwnChannel(user(Roles.MANAGER), "JD")).doesNotThrowAnyException();
    }

    private static Authentication user(String... groups) {
        return new UsernamePasswordAuthenticationToken("someone", null, Arrays.stream(groups)
                .map(group -> new SimpleGrantedAuthority(Roles.authorityOf(group))).toList());
    }
}
