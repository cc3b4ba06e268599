package com.tierflow.report.internal.reports;

import com.tierflow.report.internal.ReportContext;
import java.time.Instant;
import java.util.List;

/**
 * The orders a report looks at, as its queries take them: [from, to), channel codes, provinces and customer tiers (the
 * current classification); an empty list means all.
 */
public final class Window {
    public final Instant from;
    public final Instant to;
    public final List<String> channels;
    public final List<String> provinces;
    public final List<String> tiers;
    public final List<Bucket> buckets;

    Window(Instant from, Instant to, List<String> channels, List<String> provinces, List<String> tiers,
            List<Bucket> buckets) {
        this.from = from;
        this.to = to;
        this.channels = channels;
        this.provinces = provinces;
        this.tiers = tiers;
        this.buckets = buckets;
    }

    static Window of(ReportContext context, List<Bucket> buckets) {
        return new Window(context.fromInstant(), context.toExclusive(), context.parameters().channels(),
                context.parameters().provinces(), context.parameters().tiers(), buckets);
    }
}
