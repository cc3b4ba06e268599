package com.tierflow.security.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Leaves a trail of who signed in from where, and of failed attempts; never the password. */
@Component
class LoginAuditListener {

    private static final Logger log = LoggerFactory.getLogger(LoginAuditListener.class);

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        Authentication authentication = event.getAuthentication();
        log.info("Login succeeded: user '{}' from {}", printable(authentication.getName()), remoteAddress(authentication));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Authentication attempt = event.getAuthentication();
        log.warn("Login failed: user '{}' from {}: {}", printable(attempt.getName()), remoteAddress(attempt),
                event.getException().getClass().getSimpleName());
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
