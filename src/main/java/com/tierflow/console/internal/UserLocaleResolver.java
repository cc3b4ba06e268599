package com.tierflow.console.internal;

import com.tierflow.security.UserAdministration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Chinese or English: the choice made in this session, else the signed-in user's saved choice, else what the browser
 * asks for. Choosing a language while signed in saves it for the user's next sessions.
 */
final class UserLocaleResolver implements LocaleResolver {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    private static final String SESSION_KEY = UserLocaleResolver.class.getName() + ".locale";

    private final UserAdministration users;

    UserLocaleResolver(UserAdministration users) {
        this.users = users;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_KEY) instanceof Locale chosen) {
            return chosen;
        }
        String user = signedInUser();
        if (user != null && session != null) {
            String saved = users.preferredLanguage(user);
            Locale locale = saved == null ? fromBrowser(request) : supported(saved);
            session.setAttribute(SESSION_KEY, locale);
            return locale;
        }
        return fromBrowser(request);
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale chosen = supported(locale == null ? "en" : locale.getLanguage());
        request.getSession().setAttribute(SESSION_KEY, chosen);
        String user = signedInUser();
        if (user != null) {
            users.setPreferredLanguage(user, chosen.getLanguage());
        }
    }

    static Locale supported(String languageTag) {
        return languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : Locale.ENGLISH;
    }

    private static Locale fromBrowser(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header == null ? Locale.ENGLISH : supported(request.getLocale().getLanguage());
    }

    private static String signedInUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated() ? null : authentication.getName();
    }
}
