package com.tierflow.intake.internal.read;

import java.io.IOException;
import java.io.Reader;

/** Reads lines like BufferedReader, but refuses a line longer than a limit instead of filling the heap. */
final class BoundedLineReader implements AutoCloseable {

    private final Reader in;
    private final int maxLineChars;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long lineNumber;

    BoundedLineReader(Reader in, int maxLineChars) {
        this.in = in;
        this.maxLineChars = maxLineChars;
    }

    /** The number of the line last returned (1-based). */
    long lineNumber() {
        return lineNumber;
    }

    /** The next line without its terminator, or null at the end; throws when a line exceeds the limit. */
    String readLine() throws IOException {
        StringBuilder line = null;
        while (true) {
            if (position >= limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    if (line == null) {
                        return null;
                    }
                    lineNumber++;
                    return line.toString();
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            if (line == null) {
                line = new StringBuilder(Math.max(16, position - start));
            }
            line.append(buffer, start, position - start);
            if (line.length() > maxLineChars) {
                throw new UnreadableFileException("Line " + (lineNumber + 1) + " is longer than " + maxLineChars
                        + " characters; the file is not JSON Lines or is damaged.");
            }
            if (position < limit) {
                position++;
                lineNumber++;
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
