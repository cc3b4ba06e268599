package com.tierflow.intake.internal.persistence;

import java.time.Instant;

/** The channel table as MyBatis sees it. */
public class ChannelRow {
    public Long id;
    public String code;
    public String name;
    public String kind;
    public boolean active;
    public String fileType;
    public String encoding;
    public String delimiter;
    public String dateTimeFormats;
    public String timeZone;
    public Instant createdAt;
    public Instant updatedAt;
}
