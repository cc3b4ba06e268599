package com.tierflow.intake;

public enum FileType {
    CSV, XLSX, JSONL
}
