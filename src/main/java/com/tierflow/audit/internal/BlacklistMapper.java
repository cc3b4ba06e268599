package com.tierflow.audit.internal;

import com.tierflow.audit.BlacklistEntry;
import com.tierflow.audit.BlacklistKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface BlacklistMapper {

    List<BlacklistEntry> findAll(@Param("kind") BlacklistKind kind);

    Optional<BlacklistEntry> findById(@Param("id") long id);

    boolean existsKey(@Param("kind") BlacklistKind kind, @Param("matchKey") String matchKey, @Param("exceptId") long exceptId);

    void insert(BlacklistRow row);

    int update(@Param("id") long id, @Param("matchKey") String matchKey, @Param("value") String value,
            @Param("reason") String reason);

    int delete(@Param("id") long id);

    /** Insert parameters; {@code id} is filled by the insert. */
    final class BlacklistRow {
        Long id;
        final BlacklistKind kind;
        final String matchKey;
        final String value;
        final String reason;
        final String createdBy;
        final Instant createdAt;

        BlacklistRow(BlacklistKind kind, String matchKey, String value, String reason, String createdBy, Instant createdAt) {
            this.kind = kind;
            this.matchKey = matchKey;
            this.value = value;
            this.reason = reason;
            this.createdBy = createdBy;
            this.createdAt = createdAt;
        }

        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        public BlacklistKind getKind() {
            return kind;
        }

        public String getMatchKey() {
            return matchKey;
        }

        public String getValue() {
            return value;
        }

        public String getReason() {
            return reason;
        }

        public String getCreatedBy() {
            return createdBy;
        }

        public Instant getCreatedAt() {
            return createdAt;
        }
    }
}
