package com.tierflow.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a report covers. Dates are calendar days in the report time zone, both inclusive; an empty list means "all".
 *
 * @param granularity the time bucket of the series (orders report); DAY when null
 * @param churnDays   a customer without an order for this many days before {@code to} counts as churned; 90 when null
 * @param migrationFrom the first date of the customers report's tier migration matrix; {@code from} when null
 * @param migrationTo   the second date of the tier migration matrix; {@code to} when null
 */
public record ReportParameters(
        LocalDate from,
        LocalDate to,
        List<String> channels,
        List<String> provinces,
        List<String> tiers,
        Granularity granularity,
        Integer churnDays,
        LocalDate migrationFrom,
        LocalDate migrationTo) {

    public ReportParameters {
        channels = channels == null ? List.of() : List.copyOf(channels);
        provinces = provinces == null ? List.of() : List.copyOf(provinces);
        tiers = tiers == null ? List.of() : List.copyOf(tiers);
        granularity = granularity == null ? Granularity.DAY : granularity;
        churnDays = churnDays == null ? 90 : churnDays;
    }

    public static ReportParameters window(LocalDate from, LocalDate to) {
        return new ReportParameters(from, to, List.of(), List.of(), List.of(), null, null, null, null);
    }

    public ReportParameters withChannels(List<String> channelCodes) {
        return new ReportParameters(from, to, channelCodes, provinces, tiers, granularity, churnDays, migrationFrom,
                migrationTo);
    }

    public ReportParameters withWindow(LocalDate newFrom, LocalDate newTo) {
        return new ReportParameters(newFrom, newTo, channels, provinces, tiers, granularity, churnDays, migrationFrom,
                migrationTo);
    }

    /** The tier migration matrix compares the tiers held at the end of these two days. */
    public LocalDate migrationStart() {
        return migrationFrom == null ? from : migrationFrom;
    }

    public LocalDate migrationEnd() {
        return migrationTo == null ? to : migrationTo;
    }
}
