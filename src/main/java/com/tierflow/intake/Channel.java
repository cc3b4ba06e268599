package com.tierflow.intake;

/** A sales channel that pushes order files, with the profile that says how to read them. */
public record Channel(long id, String code, String name, ChannelKind kind, boolean active, FormatProfile profile) {
}
