package com.tierflow.customer.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactKeysTest {

    @ParameterizedTest
    @ValueSource(strings = {"13800138000", "+86 138-0013-8000", "0086 138 0013 8000", "8613800138000",
            " (138) 0013.8000 "})
    void shouldKeyEveryNotationOfAChineseMobileTheSame(String written) {
        assertThat(ContactKeys.mobile(written)).contains("M:13800138000");
    }

    @Test
    void shouldKeepForeignNumbersInPlusForm() {
        assertThat(ContactKeys.mobile("0049 30 1234 5678")).contains("M:+493012345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12800138000", "1380013800", "138OO138000", "tel 13800138000"})
    void shouldNotKeyWhatIsNoMobile(String written) {
        assertThat(ContactKeys.mobile(written)).isEmpty();
    }

    @Test
    void shouldKeyEmailsLowerCasedAndTrimmed() {
        assertThat(ContactKeys.email(" Li.Na@Example.COM ")).contains("E:li.na@example.com");
        assertThat(ContactKeys.email("li.na at example.com")).isEmpty();
    }

    @Test
    void shouldSearchPhonesByTheirDigitsOnly() {
        assertThat(ContactKeys.phoneFragment("0013-8000")).isEqualTo("00138000");
        assertThat(ContactKeys.phoneFragment("王")).isNull();
    }
}
