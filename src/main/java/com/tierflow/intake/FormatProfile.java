package com.tierflow.intake;

import java.nio.charset.Charset;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * How to read one channel's files.
 *
 * @param encoding        for CSV and JSON Lines; a UTF-8 byte-order mark always wins over it
 * @param delimiter       CSV field separator
 * @param dateTimeFormats patterns tried in order (ISO-8601 is always accepted as well)
 * @param headerAliases   the channel's column names mapped to fields, on top of {@link OrderField#commonAliases()}
 */
public record FormatProfile(
        FileType fileType,
        String encoding,
        char delimiter,
        List<String> dateTimeFormats,
        String timeZone,
        Map<String, OrderField> headerAliases) {

    public FormatProfile {
        dateTimeFormats = List.copyOf(dateTimeFormats);
        headerAliases = Map.copyOf(headerAliases);
    }

    public Charset charset() {
        return Charset.forName(encoding);
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
