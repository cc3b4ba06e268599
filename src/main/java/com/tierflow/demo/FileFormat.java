package com.tierflow.demo;

/** The file formats sales channels push order exports in. */
public enum FileFormat {
    CSV("csv", true),
    XLSX("xlsx", true),
    JSONL("jsonl", false);

    private final String extension;
    private final boolean hasHeaderRow;

    FileFormat(String extension, boolean hasHeaderRow) {
        this.extension = extension;
        this.hasHeaderRow = hasHeaderRow;
    }

    public String extension() {
        return extension;
    }

    public boolean hasHeaderRow() {
        return hasHeaderRow;
    }

    /** Row number a clerk sees for the first order line: 2 under a header row (as in Excel), 1 in JSONL. */
    public long firstDataRowNumber() {
        return hasHeaderRow ? 2 : 1;
    }
}
