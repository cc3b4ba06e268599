package com.tierflow.demo;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * What one generated channel export looks like: its size, randomness, defects and layout.
 *
 * @param channelCode      prefix of order numbers, e.g. {@code TMALL} gives {@code TMALL-000000123}
 * @param lines            number of data rows (order lines) to write
 * @param seed             same spec and seed give the same file, byte for byte
 * @param badRowShare      rough share of deliberately broken rows, 0 for none
 * @param charset          CSV/JSONL encoding, e.g. UTF-8 or GBK (XLSX ignores it)
 * @param bom              CSV only: start with a UTF-8 byte order mark
 * @param delimiter        CSV only: field separator
 * @param chineseHeaders   Chinese column names (first common alias) instead of {@code order_no} style names
 * @param dateTimePattern  how {@code ordered_at} is written, e.g. {@code yyyy/MM/dd HH:mm}
 * @param firstDay         first day orders are placed on (channel local time)
 * @param lastDay          last day orders are placed on, inclusive
 * @param customerPool     size of the customer pool shared by all channels
 */
public record GeneratorSpec(
        String channelCode,
        long lines,
        long seed,
        double badRowShare,
        FileFormat format,
        Charset charset,
        boolean bom,
        char delimiter,
        boolean chineseHeaders,
        String dateTimePattern,
        LocalDate firstDay,
        LocalDate lastDay,
        int customerPool) {

    /** Phones and e-mail numbers are bijections of the customer index, unique only below this size. */
    public static final int MAX_CUSTOMER_POOL = 10_000_000;

    public GeneratorSpec {
        Objects.requireNonNull(channelCode, "channelCode");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(dateTimePattern, "dateTimePattern");
        Objects.requireNonNull(firstDay, "firstDay");
        Objects.requireNonNull(lastDay, "lastDay");
        if (channelCode.isBlank()) {
            throw new IllegalArgumentException("channelCode must not be blank");
        }
        if (lines < 0) {
            throw new IllegalArgumentException("lines must not be negative: " + lines);
        }
        if (!(badRowShare >= 0 && badRowShare <= 1)) {
            throw new IllegalArgumentException("badRowShare must be within [0, 1]: " + badRowShare);
        }
        if (bom && format == FileFormat.CSV && !StandardCharsets.UTF_8.equals(charset)) {
            // a UTF-8 byte order mark in front of GBK bytes would be garbage to every reader
            throw new IllegalArgumentException("a BOM is only written for UTF-8, not " + charset);
        }
        if (lastDay.isBefore(firstDay)) {
            throw new IllegalArgumentException("lastDay " + lastDay + " is before firstDay " + firstDay);
        }
        if (customerPool < 1 || customerPool > MAX_CUSTOMER_POOL) {
            throw new IllegalArgumentException(
                    "customerPool must be within [1, " + MAX_CUSTOMER_POOL + "]: " + customerPool);
        }
        // fail on a bad pattern here rather than halfway through a million rows
        DateTimeFormatter.ofPattern(dateTimePattern);
    }

    /** A UTF-8, comma separated CSV with Chinese headers, 1% broken rows and orders placed during 2024. */
    public static GeneratorSpec csv(String channelCode, long lines, long seed) {
        return new GeneratorSpec(channelCode, lines, seed, 0.01, FileFormat.CSV, StandardCharsets.UTF_8, false, ',',
                true, "yyyy-MM-dd HH:mm:ss", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 100_000);
    }

    public GeneratorSpec withFormat(FileFormat newFormat) {
        return new GeneratorSpec(channelCode, lines, seed, badRowShare, newFormat, charset, bom, delimiter,
                chineseHeaders, dateTimePattern, firstDay, lastDay, customerPool);
    }

    public GeneratorSpec withEncoding(Charset newCharset, boolean withBom) {
        return new GeneratorSpec(channelCode, lines, seed, badRowShare, format, newCharset, withBom, delimiter,
                chineseHeaders, dateTimePattern, firstDay, lastDay, customerPool);
    }

    public GeneratorSpec withDelimiter(char newDelimiter) {
        return new GeneratorSpec(channelCode, lines, seed, badRowShare, format, charset, bom, newDelimiter,
                chineseHeaders, dateTimePattern, firstDay, lastDay, customerPool);
    }

    public GeneratorSpec withChineseHeaders(boolean chinese) {
        return new GeneratorSpec(channelCode, lines, seed, badRowShare, format, charset, bom, delimiter,
                chinese, dateTimePattern, firstDay, lastDay, customerPool);
    }

    public GeneratorSpec withBadRowShare(double share) {
        return new GeneratorSpec(channelCode, lines, seed, share, format, charset, bom, delimiter,
                chineseHeaders, dateTimePattern, firstDay, lastDay, customerPool);
    }

    public GeneratorSpec withDateTimePattern(String pattern) {
        return new GeneratorSpec(channelCode, lines, seed, badRowShare, format, charset, bom, delimiter,
                chineseHeaders, pattern, firstDay, lastDay, customerPool);
    }

    public GeneratorSpec withCustomerPool(int poolSize) {
        return new GeneratorSpec(channelCode, lines, seed, badRowShare, format, charset, bom, delimiter,
                chineseHeaders, dateTimePattern, firstDay, lastDay, poolSize);
    }
}
