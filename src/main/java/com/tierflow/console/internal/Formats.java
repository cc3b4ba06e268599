package com.tierflow.console.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, money and counts in the reader's language, for templates: {@code ${@fmt.money(order.totalAmount)}}. Times are
 * shown, and "today" is counted, in {@code tierflow.console.time-zone} (default: the server's zone).
 */
@Component("fmt")
public class Formats {

    private static final Currency YUAN = Currency.getInstance("CNY");

    private final ZoneId zone;

    Formats(Clock clock, @Value("${tierflow.console.time-zone:}") String zoneId) {
        this.zone = zoneId == null || zoneId.isBlank() ? clock.getZone() : ZoneId.of(zoneId);
    }

    public String money(BigDecimal amount) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        format.setCurrency(YUAN);
        return format.format(amount);
    }

    public String number(long value) {
        return NumberFormat.getIntegerInstance(locale()).format(value);
    }

    // Chinese readers expect 2026-03-02 00:30:00 (24 hours), which the JDK's Chinese styles do not give
    private static final DateTimeFormatter CHINESE_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    public String dateTime(Instant instant) {
        return instant == null ? "" : (isChinese() ? CHINESE_DATE_TIME
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale())).withZone(zone)
                .format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : (isChinese() ? CHINESE_DATE
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale())).withZone(zone)
                .format(instant);
    }

    private static boolean isChinese() {
        return "zh".equals(locale().getLanguage());
    }

    /** 1.5 MB, 300 KB: file sizes people read at a glance. */
    public String bytes(long size) {
        if (size < 1024) {
            return size + " B";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(1);
        return size < 1024 * 1024 ? format.format(size / 1024.0) + " KB" : format.format(size / 1048576.0) + " MB";
    }

    public ZoneId zone() {
        return zone;
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
