package com.tierflow.classification.internal.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class CompiledDecisionTableTest {

    @Test
    void shouldReadIntervalsListsAndNegations() {
        Predicate<Object> interval = CompiledDecisionTable.unaryTests("[2..3]");
        assertThat(interval.test(2)).isTrue();
        assertThat(interval.test(3.0)).isTrue();
        assertThat(interval.test(4)).isFalse();
        assertThat(interval.test(null)).isFalse();
        Predicate<Object> open = CompiledDecisionTable.unaryTests("]2..3[");
        assertThat(open.test(2)).isFalse();
        assertThat(open.test(2.5)).isTrue();
        Predicate<Object> list = CompiledDecisionTable.unaryTests("\"NEW\",\"ACTIVE\"");
        assertThat(list.test("ACTIVE")).isTrue();
        assertThat(list.test("CHURNED")).isFalse();
        Predicate<Object> not = CompiledDecisionTable.unaryTests("not(\"CHURNED\")");
        assertThat(not.test("ACTIVE")).isTrue();
        assertThat(not.test("CHURNED")).isFalse();
        assertThat(not.test(null)).isFalse();
        assertThat(CompiledDecisionTable.unaryTests("-").test(null)).isTrue();
        assertThat(CompiledDecisionTable.unaryTests(">= 0.5").test(null)).isFalse();
    }

    @Test
    void shouldLeaveAnythingBeyondTheSubsetToTheFeelEngine() {
        assertThat(CompiledDecisionTable.unaryTests("? != null")).isNull();
        assertThat(CompiledDecisionTable.unaryTests("date(\"2025-01-01\")")).isNull();
        assertThat(CompiledDecisionTable.unaryTests("\"a\", contains(?, \"b\")")).isNull();
    }
}
