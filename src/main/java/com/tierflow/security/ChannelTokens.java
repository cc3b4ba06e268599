package com.tierflow.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** API tokens of channel clients: issued, rotated and revoked by administrators; only a hash of each is kept. */
public interface ChannelTokens {

    /** A token as listed: never the token itself. */
    record TokenInfo(long id, String channelCode, String label, String hint, String createdBy, Instant createdAt,
            Instant revokedAt, String revokedBy) {

        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A token just issued: {@code token} is shown this once and cannot be read again. */
    record IssuedToken(TokenInfo info, String token) {
    }

    List<TokenInfo> list(String channelCode);

    IssuedToken issue(String channelCode, String label);

    /** Revokes the token and issues a new one with the same label. */
    IssuedToken rotate(String channelCode, long tokenId);

    void revoke(String channelCode, long tokenId);

    /** The active token this secret belongs to, if any. */
    Optional<TokenInfo> authenticate(String token);
}
