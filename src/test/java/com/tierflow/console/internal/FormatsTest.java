package com.tierflow.console.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTest {

    private final Formats fmt = new Formats(Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneId.of("UTC")),
            "Asia/Shanghai");

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void shouldWriteYuanAmountsTheWayEachLanguageReadsThem() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.money(new BigDecimal("1234.5"))).isEqualTo("CN¥1,234.50");
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(fmt.money(new BigDecimal("1234.5"))).isEqualTo("¥1,234.50");
    }

    @Test
    void shouldShowTimesInTheConsolesZone() {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(fmt.dateTime(Instant.parse("2026-03-01T16:30:00Z"))).isEqualTo("2026-03-02 00:30:00");
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.dateTime(Instant.parse("2026-03-01T16:30:00Z"))).startsWith("Mar 2, 2026, 12:30:00").endsWith("AM");
        assertThat(fmt.dateTime(null)).isEmpty();
    }

    @Test
    void shouldShowFileSizesInTheLargestFittingUnit() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        assertThat(fmt.bytes(512)).isEqualTo("512 B");
        assertThat(fmt.bytes(1536)).isEqualTo("1.5 KB");
        assertThat(fmt.bytes(5 * 1048576L)).isEqualTo("5 MB");
    }
}
