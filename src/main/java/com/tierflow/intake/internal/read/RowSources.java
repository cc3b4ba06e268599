package com.tierflow.intake.internal.read;

import com.tierflow.intake.FormatProfile;
import java.io.IOException;
import java.nio.file.Path;

/** Opens the right reader for a channel's file after checking the bytes are what the profile says. */
public final class RowSources {

    private RowSources() {
    }

    public static RowSource open(Path file, FormatProfile profile) {
        FileSniffer.requireMatches(file, profile.fileType());
        try {
            return switch (profile.fileType()) {
                case CSV -> new CsvRowSource(file, profile);
                case JSONL -> new JsonLinesRowSource(file, profile);
                case XLSX -> new XlsxRowSource(file, profile);
            };
        } catch (IOException e) {
            throw new UnreadableFileException("The file could not be opened: " + e.getMessage(), e);
        }
    }
}
