package com.tierflow.intake.internal.read;

import com.tierflow.intake.FileType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Looks at a file's first bytes, so that a renamed PDF or a workbook sent as CSV gets a plain answer. */
final class FileSniffer {

    enum Kind { EMPTY, ZIP, OLE2, PDF, TEXT, BINARY }

    private FileSniffer() {
    }

    static Kind sniff(Path file) {
        byte[] head = new byte[4096];
        int length;
        try (InputStream in = Files.newInputStream(file)) {
            length = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new UnreadableFileException("The file could not be opened: " + e.getMessage(), e);
        }
        if (length == 0) {
            return Kind.EMPTY;
        }
        if (startsWith(head, length, 0x50, 0x4B, 0x03, 0x04)) {
            return Kind.ZIP;
        }
        if (startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0)) {
            return Kind.OLE2;
        }
        if (startsWith(head, length, '%', 'P', 'D', 'F')) {
            return Kind.PDF;
        }
        boolean utf16 = startsWith(head, length, 0xFF, 0xFE) || startsWith(head, length, 0xFE, 0xFF);
        for (int i = 0; i < length && !utf16; i++) {
            if (head[i] == 0) {
                return Kind.BINARY;
            }
        }
        return Kind.TEXT;
    }

    /** Refuses a file whose bytes do not match what the channel's profile expects. */
    static void requireMatches(Path file, FileType expected) {
        Kind kind = sniff(file);
        String expectedName = switch (expected) {
            case CSV -> "a CSV text file";
            case JSONL -> "a JSON Lines text file";
            case XLSX -> "an Excel workbook (.xlsx)";
        };
        String problem = switch (kind) {
            case EMPTY -> "The file is empty.";
            case PDF -> "The file is a PDF document, but this channel sends " + expectedName + ".";
            case OLE2 -> expected == FileType.XLSX
                    ? "The workbook is password-protected or in the old .xls format; save it as an unprotected .xlsx."
                    : "The file is an old-style Office document, but this channel sends " + expectedName + ".";
            case ZIP -> expected == FileType.XLSX ? null
                    : "The file is a zip archive or Excel workbook, but this channel sends " + expectedName + ".";
            case BINARY -> "The file is binary data, not " + expectedName + ".";
            case TEXT -> expected == FileType.XLSX
                    ? "The file is plain text, but this channel sends " + expectedName + "; check the channel's file type."
                    : null;
        };
        if (problem != null) {
            throw new UnreadableFileException(problem);
        }
    }

    private static boolean startsWith(byte[] data, int length, int... prefix) {
        if (length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((data[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
