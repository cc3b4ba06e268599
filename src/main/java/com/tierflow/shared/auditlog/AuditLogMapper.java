package com.tierflow.shared.auditlog;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface AuditLogMapper {

    record NewEntry(Instant occurredAt, String actor, String action, String outcome, String targetType,
            String targetId, String detail, String remoteAddress) {
    }

    void insert(NewEntry entry);

    List<AuditEntry> search(@Param("actor") String actor, @Param("action") String action,
            @Param("targetType") String targetType, @Param("targetId") String targetId, @Param("limit") int limit,
            @Param("offset") long offset);

    long count(@Param("actor") String actor, @Param("action") String action, @Param("targetType") String targetType,
            @Param("targetId") String targetId);
}
