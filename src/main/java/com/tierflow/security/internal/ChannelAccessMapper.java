package com.tierflow.security.internal;

import com.tierflow.security.ChannelTokens.TokenInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ChannelAccessMapper {

    class NewToken {
        public Long id;
        public String channelCode;
        public String label;
        public String tokenHash;
        public String tokenHint;
        public String createdBy;
        public Instant createdAt;
    }

    void insertToken(NewToken token);

    List<TokenInfo> findTokens(String channelCode);

    Optional<TokenInfo> findToken(@Param("channelCode") String channelCode, @Param("id") long id);

    Optional<TokenInfo> findActiveByHash(String tokenHash);

    int revoke(@Param("id") long id, @Param("revokedBy") String revokedBy, @Param("revokedAt") Instant revokedAt);

    List<String> findChannelsOf(String userId);

    void deleteMemberships(String userId);

    void insertMembership(@Param("userId") String userId, @Param("channelCode") String channelCode);
}
