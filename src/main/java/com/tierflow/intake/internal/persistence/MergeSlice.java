package com.tierflow.intake.internal.persistence;

/** The staged lines of one import whose order numbers hash into [fromSlice, toSlice]. */
public record MergeSlice(long importId, long channelId, int fromSlice, int toSlice) {
}
