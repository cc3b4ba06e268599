package com.tierflow.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoginAuditListenerTest {

    @Test
    void shouldKeepForgedLineBreaksOutOfTheLog() {
        assertThat(LoginAuditListener.printable("eve\nINFO Login succeeded: user 'admin'"))
                .isEqualTo("eve?INFO Login succeeded: user 'admin'");
    }

    @Test
    void shouldShortenOverlongUserNames() {
        assertThat(LoginAuditListener.printable("x".repeat(500))).hasSize(101);
    }
}
