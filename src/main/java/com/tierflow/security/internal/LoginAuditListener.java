package com.tierflow.security.internal;

import com.tierflow.shared.auditlog.AuditAction;
import com.tierflow.shared.auditlog.AuditLog;
import com.tierflow.shared.auditlog.AuditOutcome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Leaves a trail of who signed in from where, and of failed attempts; never the password. HTTP Basic signs a script in
 * on every call, so the audit log keeps one success per user and address per {@link #SUCCESS_INTERVAL}, and every
 * failure.
 */
@Component
class LoginAuditListener {

    static final Duration SUCCESS_INTERVAL = Duration.ofMinutes(10);

    private static final Logger log = LoggerFactory.getLogger(LoginAuditListener.class);

    private final AuditLog auditLog;
    private final Clock clock;
    private final Map<String, Instant> lastRecorded = new ConcurrentHashMap<>();

    LoginAuditListener(AuditLog auditLog, Clock clock) {
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        String user = printable(authentication.getName());
        String address = remoteAddress(authentication);
        log.info("Login succeeded: user '{}' from {}", user, address);
        Instant now = clock.instant();
        String key = user + "@" + address;
        Instant previous = lastRecorded.get(key);
        if (previous == null || previous.plus(SUCCESS_INTERVAL).isBefore(now)) {
            if (lastRecorded.size() > 10_000) {
                lastRecorded.clear();
            }
            lastRecorded.put(key, now);
            auditLog.record(user, AuditAction.LOGIN, AuditOutcome.SUCCEEDED, "user", user, null);
        }
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        String user = printable(attempt.getName());
        String reason = event.getException().getClass().getSimpleName();
        log.warn("Login failed: user '{}' from {}: {}", user, remoteAddress(attempt), reason);
        auditLog.record(user.isEmpty() ? "unknown" : user, AuditAction.LOGIN, AuditOutcome.FAILED, "user", user,
                reason);
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "unknown address";
    }

    /** The user name comes from the caller: keep line breaks and control characters out of the log. */
    static String printable(String userName) {
        if (userName == null) {
            return "";
        }
        String shortened = userName.length() > 100 ? userName.substring(0, 100) + "…" : userName;
        return shortened.replaceAll("\\p{Cntrl}", "?");
    }
}
