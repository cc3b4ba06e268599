package com.tierflow.security.internal;

import com.tierflow.intake.ChannelService;
import com.tierflow.intake.UnknownChannelException;
import com.tierflow.security.ChannelTokens;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.RejectedRequestException;
import com.tierflow.shared.auditlog.AuditAction;
import com.tierflow.shared.auditlog.AuditLog;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tokens are 256 random bits, so a plain SHA-256 of them is as safe to store as a slow password hash and lets every
 * API call find its token with one indexed lookup.
 */
@Service
class ChannelTokenStore implements ChannelTokens {

    static final String PREFIX = "tft_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ChannelAccessMapper mapper;
    private final ChannelService channels;
    private final AuditLog auditLog;
    private final Clock clock;

    ChannelTokenStore(ChannelAccessMapper mapper, ChannelService channels, AuditLog auditLog, Clock clock) {
        this.mapper = mapper;
        this.channels = channels;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TokenInfo> list(String channelCode) {
        requireChannel(channelCode);
        return mapper.findTokens(channelCode);
    }

    @Override
    @Transactional
    public IssuedToken issue(String channelCode, String label) {
        requireChannel(channelCode);
        if (label == null || label.isBlank() || label.length() > 200) {
            throw new RejectedRequestException("Give the token a label of 1 to 200 characters, e.g. the system that uses it.");
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ChannelAccessMapper.NewToken row = new ChannelAccessMapper.NewToken();
        row.channelCode = channelCode;
        row.label = label.strip();
        row.tokenHash = hash(token);
        row.tokenHint = token.substring(0, 10);
        row.createdBy = AuditLog.currentActor();
        row.createdAt = clock.instant();
        mapper.insertToken(row);
        auditLog.record(AuditAction.CHANNEL_TOKEN_CREATED, "channel-token", row.id, "channel=" + channelCode);
        return new IssuedToken(mapper.findToken(channelCode, row.id).orElseThrow(), token);
    }

    @Override
    @Transactional
    public IssuedToken rotate(String channelCode, long tokenId) {
        TokenInfo old = find(channelCode, tokenId);
        revoke(channelCode, tokenId);
        return issue(channelCode, old.label());
    }

    @Override
    @Transactional
    public void revoke(String channelCode, long tokenId) {
        find(channelCode, tokenId);
        if (mapper.revoke(tokenId, AuditLog.currentActor(), clock.instant()) > 0) {
            auditLog.record(AuditAction.CHANNEL_TOKEN_REVOKED, "channel-token", tokenId, "channel=" + channelCode);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TokenInfo> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return mapper.findActiveByHash(hash(token));
    }

    private TokenInfo find(String channelCode, long tokenId) {
        return mapper.findToken(channelCode, tokenId).orElseThrow(() -> new NotFoundException(
                "Channel " + channelCode + " has no token " + tokenId + "."));
    }

    private void requireChannel(String channelCode) {
        channels.findByCode(channelCode).orElseThrow(() -> new UnknownChannelException(channelCode));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
