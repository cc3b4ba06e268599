package com.tierflow.report.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.report.SchedulePeriod;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DueTimesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void shouldPickTheLatestDueTimeAndSkipMissedOnes() {
        // daily at 06:00 Shanghai = 22:00 UTC the day before; last run three days ago
        assertThat(DueTimes.latestDue("0 0 6 * * *", SHANGHAI, Instant.parse("2024-05-01T22:00:00Z"),
                Instant.parse("2024-05-04T23:00:00Z"))).contains(Instant.parse("2024-05-04T22:00:00Z"));
    }

    @Test
    void shouldNotBeDueBeforeTheNextCronTime() {
        assertThat(DueTimes.latestDue("0 0 6 * * *", SHANGHAI, Instant.parse("2024-05-04T22:00:00Z"),
                Instant.parse("2024-05-05T21:59:59Z"))).isEmpty();
    }

    @Test
    void shouldCoverThePeriodBeforeTheDueDay() {
        LocalDate wednesday = LocalDate.of(2024, 5, 15);
        assertThat(SchedulePeriod.PREVIOUS_DAY.window(wednesday)).containsExactly(LocalDate.of(2024, 5, 14), LocalDate.of(2024, 5, 14));
        assertThat(SchedulePeriod.PREVIOUS_WEEK.window(wednesday)).containsExactly(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 12));
        assertThat(SchedulePeriod.PREVIOUS_MONTH.window(wednesday)).containsExactly(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30));
    }
}
