package com.tierflow.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdminAccountPropertiesTest {

    @Test
    void shouldRecogniseDefaultPasswordsWhateverTheirCase() {
        assertThat(new AdminAccountProperties("admin", "Admin").hasWellKnownPassword()).isTrue();
        assertThat(new AdminAccountProperties("admin", " changeme ").hasWellKnownPassword()).isTrue();
        assertThat(new AdminAccountProperties("admin", "Pa55-long-and-own").hasWellKnownPassword()).isFalse();
        assertThat(new AdminAccountProperties("admin", null).hasWellKnownPassword()).isFalse();
    }

    @Test
    void shouldNeverPrintThePassword() {
        assertThat(new AdminAccountProperties("admin", "secret-value").toString()).doesNotContain("secret-value");
    }
}
