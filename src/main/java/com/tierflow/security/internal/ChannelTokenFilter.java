package com.tierflow.security.internal;

import com.tierflow.security.ChannelTokens;
import com.tierflow.shared.auditlog.AuditAction;
import com.tierflow.shared.auditlog.AuditLog;
import com.tierflow.shared.auditlog.AuditOutcome;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in a call that carries {@code Authorization: Bearer <channel token>}. A wrong or revoked token is answered with
 * 401 at once, never passed on as an anonymous call. Not a bean, so that it runs in the API chain only.
 */
final class ChannelTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final RequestAttributeSecurityContextRepository contexts = new RequestAttributeSecurityContextRepository();
    private final ChannelTokens tokens;
    private final AuditLog auditLog;
    private final AuthenticationEntryPoint entryPoint;

    ChannelTokenFilter(ChannelTokens tokens, AuditLog auditLog, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.auditLog = auditLog;
        this.entryPoint = entryPoint;
    }

    /** Lets the 401 answer say that the token, not a password, was wrong. */
    static final class InvalidTokenException extends BadCredentialsException {

        InvalidTokenException() {
            super("unknown or revoked channel token");
        }
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        String token = header.substring(BEARER.length()).strip();
        Optional<ChannelTokens.TokenInfo> found = tokens.authenticate(token);
        if (found.isEmpty()) {
            SecurityContextHolder.clearContext();
            auditLog.record("unknown", AuditAction.LOGIN, AuditOutcome.FAILED, "channel-token",
                    null, "unknown or revoked channel token");
            entryPoint.commence(request, response, new InvalidTokenException());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ChannelTokenAuthentication(found.get()));
        SecurityContextHolder.setContext(context);
        // streamed answers (error reports) finish in an async dispatch, which finds the caller in the request
        contexts.saveContext(context, request, response);
        chain.doFilter(request, response);
    }
}
