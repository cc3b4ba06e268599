package com.tierflow.intake.internal.read;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;

/** Parses order times with the channel's patterns (strictly, in its zone), then ISO-8601. */
public final class DateTimeParser {

    private final List<DateTimeFormatter> formatters;
    private final ZoneId zone;

    public DateTimeParser(List<String> patterns, ZoneId zone) {
        this.zone = zone;
        this.formatters = new ArrayList<>();
        for (String pattern : patterns) {
            formatters.add(strict(pattern));
        }
    }

    public static boolean isValidPattern(String pattern) {
        try {
            strict(pattern);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static DateTimeFormatter strict(String pattern) {
        // 'yyyy' needs an era under STRICT resolving; 'uuuu' is the same year without one
        return DateTimeFormatter.ofPattern(pattern.replace('y', 'u')).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The instant, or null when no pattern fits. */
    public Instant parse(String text) {
        String value = text.strip();
        for (DateTimeFormatter formatter : formatters) {
            Instant parsed = tryParse(formatter, value);
            if (parsed != null) {
                return parsed;
            }
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException ignored) {
            // not an ISO instant with offset; try a local ISO date-time next
        }
        try {
            return LocalDateTime.parse(value).atZone(zone).toInstant();
        } catch (DateTimeParseException ignored) {
            return null;
        }
    }

    private Instant tryParse(DateTimeFormatter formatter, String value) {
        try {
            TemporalAccessor parsed = formatter.parse(value);
            if (parsed.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)) {
                return LocalDateTime.from(parsed).atZone(zone).toInstant();
            }
            return LocalDate.from(parsed).atStartOfDay(zone).toInstant();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }
}
