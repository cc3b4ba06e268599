package com.tierflow.intake.internal.batch;

import com.tierflow.intake.Channel;
import java.nio.file.Path;

/** What one import job works on: loaded once per step from the import record and its channel. */
public record ImportTarget(long importId, Channel channel, Path file) {
}
