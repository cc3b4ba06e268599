package com.tierflow.report.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContactMaskTest {

    @Test
    void shouldKeepPrefixAndLastFourDigitsOfAMobile() {
        assertThat(ContactMask.phone("13800138000")).isEqualTo("138****8000");
    }

    @Test
    void shouldHideShortNumbersEntirely() {
        assertThat(ContactMask.phone("12345")).isEqualTo("*****");
    }

    @Test
    void shouldKeepFirstLetterAndDomainOfAnEmail() {
        assertThat(ContactMask.email("zhang.san@example.cn")).isEqualTo("z***@example.cn");
        assertThat(ContactMask.email("no-at-sign")).isEqualTo("***");
    }
}
