package com.tierflow.security.internal;

import com.tierflow.security.ChannelAccess;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/** After signing in: back to the page that asked for it, else the dashboard, or a channel user's imports. */
final class ConsoleLandingPage extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) {
        return ChannelAccess.isPerson(authentication) ? "/" : "/console/imports";
    }
}
