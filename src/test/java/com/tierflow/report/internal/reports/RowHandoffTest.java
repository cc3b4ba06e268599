package com.tierflow.report.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RowHandoffTest {

    @Test
    void shouldDeliverEveryRowInOrderOnTheWritingThread() {
        List<Integer> written = new ArrayList<>();
        List<String> threads = new ArrayList<>();
        try (RowHandoff handoff = new RowHandoff("writer", 100, 2, row -> {
            written.add((Integer) row[0]);
            threads.add(Thread.currentThread().getName());
        })) {
            IntStream.range(0, 10_005).forEach(i -> handoff.add(new Object[] {i}));
            handoff.finish();
        }

        assertThat(written).containsExactlyElementsOf(IntStream.range(0, 10_005).boxed().toList());
        assertThat(threads).containsOnly("writer");
    }

    @Test
    void shouldStopTheReaderWithTheWritersFailure() {
        IllegalStateException broken = new IllegalStateException("disk full");
        RowHandoff handoff = new RowHandoff("writer", 10, 1, row -> {
            if ((Integer) row[0] == 50) {
                throw broken;
            }
        });

        assertThatThrownBy(() -> {
            for (int i = 0; i < 1_000_000; i++) {
                handoff.add(new Object[] {i});
            }
            handoff.finish();
        }).isSameAs(broken);
        handoff.close();
    }
}
