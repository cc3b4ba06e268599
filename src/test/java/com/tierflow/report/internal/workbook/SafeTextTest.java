package com.tierflow.report.internal.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(1+1)", "\t=1+2", "\r=1", "＝1+1"})
    void shouldTreatFormulaLikeTextAsDangerous(String text) {
        assertThat(SafeText.looksLikeFormula(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"张伟", "a=b", "1+1", "", " =1"})
    void shouldLeavePlainTextAlone(String text) {
        assertThat(SafeText.looksLikeFormula(text)).isFalse();
    }
}
