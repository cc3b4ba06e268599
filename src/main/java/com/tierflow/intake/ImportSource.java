package com.tierflow.intake;

public enum ImportSource {
    UPLOAD, INBOX
}
