package com.tierflow.report.internal.reports;

import static org.assertj.core.api.Assertions.assertThat;

import com.tierflow.report.Granularity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BucketsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void shouldCutDaysAtMidnightInTheReportZone() {
        List<Bucket> days = Buckets.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 2), Granularity.DAY, SHANGHAI);

        assertThat(days).hasSize(2);
        assertThat(days.get(0).start).isEqualTo(Instant.parse("2024-04-30T16:00:00Z"));
        assertThat(days.get(1).end).isEqualTo(Instant.parse("2024-05-02T16:00:00Z"));
    }

    @Test
    void shouldStartWeeksOnMondayAndClipThemToTheWindow() {
        // 2024-05-01 is a Wednesday
        List<Bucket> weeks = Buckets.of(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 14), Granularity.WEEK, SHANGHAI);

        assertThat(weeks).extracting(b -> b.firstDay).containsExactly(
                LocalDate.of(2024, 4, 29), LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 13));
        assertThat(weeks.get(0).start).isEqualTo(LocalDate.of(2024, 5, 1).atStartOfDay(SHANGHAI).toInstant());
        assertThat(weeks.get(2).end).isEqualTo(LocalDate.of(2024, 5, 15).atStartOfDay(SHANGHAI).toInstant());
    }

    @Test
    void shouldFollowDaylightSavingInZonesThatHaveIt() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        List<Bucket> months = Buckets.of(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 4, 30), Granularity.MONTH, berlin);

        assertThat(months.get(0).start).isEqualTo(Instant.parse("2024-02-29T23:00:00Z"));
        assertThat(months.get(1).start).isEqualTo(Instant.parse("2024-03-31T22:00:00Z"));
    }
}
