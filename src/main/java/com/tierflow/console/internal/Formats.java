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
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates, money and counts in the reader's language, for templates: {@code ${@fmt.money(order.totalAmount)}}. */
@Component("fmt")
public class Formats {

    private static final Currency YUAN = Currency.getInstance("CNY");

    private final ZoneId zone;

    Formats(Clock clock) {
        this.zone = clock.getZone();
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

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(locale()).withZone(zone).format(instant);
    }

    public String date(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale()).withZone(zone).format(instant);
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
