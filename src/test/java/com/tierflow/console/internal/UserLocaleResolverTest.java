package com.tierflow.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class UserLocaleResolverTest {

    @Test
    void shouldSpeakChineseToEveryChineseVariantAndEnglishToEveryoneElse() {
        assertThat(UserLocaleResolver.supported("zh")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(UserLocaleResolver.supported("zh-TW")).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(UserLocaleResolver.supported("de")).isEqualTo(Locale.ENGLISH);
        assertThat(UserLocaleResolver.supported(null)).isEqualTo(Locale.ENGLISH);
    }
}
