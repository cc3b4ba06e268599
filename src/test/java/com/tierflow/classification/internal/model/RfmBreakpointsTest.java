package com.tierflow.classification.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RfmBreakpointsTest {

    @Test
    void shouldSplitTenDistinctValuesIntoFifthsOfTwo() {
        double[] values = IntStream.rangeClosed(1, 10).asDoubleStream().toArray();
        RfmBreakpoints rfm = RfmBreakpoints.of(values, values, values);

        assertThat(IntStream.rangeClosed(1, 10).map(v -> rfm.monetaryScore(v)).toArray())
                .containsExactly(1, 1, 2, 2, 3, 3, 4, 4, 5, 5);
        // fewer days since the last purchase is better
        assertThat(IntStream.rangeClosed(1, 10).map(v -> rfm.recencyScore(v)).toArray())
                .containsExactly(5, 5, 4, 4, 3, 3, 2, 2, 1, 1);
    }

    @Test
    void shouldGiveAllOneTimeBuyersTheSameLowestFrequencyScore() {
        double[] days = {1, 1, 1, 1, 1, 1, 1, 2, 3, 9};
        RfmBreakpoints rfm = RfmBreakpoints.of(days, days, days);

        assertThat(rfm.frequencyScore(1)).isEqualTo(1);
        assertThat(rfm.frequencyScore(2)).isEqualTo(4);
        assertThat(rfm.frequencyScore(9)).isEqualTo(5);
    }

    @Test
    void shouldScoreValuesOutsideTheBaseAtTheEnds() {
        double[] values = {10, 20, 30, 40, 50};
        RfmBreakpoints rfm = RfmBreakpoints.of(values, values, values);
        assertThat(rfm.monetaryScore(-5)).isEqualTo(1);
        assertThat(rfm.monetaryScore(1_000_000)).isEqualTo(5);
        assertThat(rfm.recencyScore(0)).isEqualTo(5);
        assertThat(rfm.recencyScore(999)).isEqualTo(1);
    }
}
