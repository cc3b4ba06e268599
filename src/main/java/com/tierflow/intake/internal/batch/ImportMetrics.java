package com.tierflow.intake.internal.batch;

import com.tierflow.intake.internal.persistence.ImportRow;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import org.springframework.stereotype.Component;

/** Counts rows by outcome and times imports per channel, for /actuator/metrics and Prometheus. */
@Component
class ImportMetrics {

    private final MeterRegistry registry;

    ImportMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void recordFinished(ImportRow row) {
        String channel = row.channelCode;
        rows(channel, "imported", row.rowsImported);
        rows(channel, "skipped", row.rowsSkipped);
        rows(channel, "duplicate", row.rowsDuplicate);
        rows(channel, "conflict", row.rowsConflict);
        if (row.startedAt != null && row.finishedAt != null) {
            Timer.builder("tierflow.import.duration")
                    .description("Time from the first claim of an import to its end")
                    .tag("channel", channel)
                    .tag("status", row.status.toLowerCase())
                    .register(registry)
                    .record(Duration.between(row.startedAt, row.finishedAt));
        }
    }

    private void rows(String channel, String outcome, long count) {
        registry.counter("tierflow.import.rows", "channel", channel, "outcome", outcome).increment(count);
    }
}
