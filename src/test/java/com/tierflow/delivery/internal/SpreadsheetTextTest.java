package com.tierflow.delivery.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+86 138 0013 8000", "-2+3", "@SUM(A1)", "\t=1", "\r=1"})
    void shouldWriteWhatASpreadsheetWouldRunAsText(String value) {
        assertThat(SpreadsheetText.of(value)).isEqualTo("'" + value);
    }

    @Test
    void shouldLeaveOrdinaryTextAlone() {
        assertThat(SpreadsheetText.of("上海市浦东新区 1=1")).isEqualTo("上海市浦东新区 1=1");
        assertThat(SpreadsheetText.of(null)).isEmpty();
    }
}
