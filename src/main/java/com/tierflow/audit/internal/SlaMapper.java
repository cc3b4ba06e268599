package com.tierflow.audit.internal;

import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The one row of approval_sla. */
@Mapper
interface SlaMapper {

    StoredSla find();

    int update(@Param("review") long review, @Param("reminder") long reminder, @Param("actor") String actor,
            @Param("at") Instant at);

    void insert(@Param("review") long review, @Param("reminder") long reminder, @Param("actor") String actor,
            @Param("at") Instant at);

    record StoredSla(int reviewSlaMinutes, int reminderBeforeMinutes, String changedBy, Instant changedAt) {
    }
}
