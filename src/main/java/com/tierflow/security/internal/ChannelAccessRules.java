package com.tierflow.security.internal;

import com.tierflow.intake.ImportRecord;
import com.tierflow.intake.ImportService;
import com.tierflow.security.ChannelAccess;
import com.tierflow.security.Roles;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/** The API rules that depend on which channel a request is about, decided on the server for every call. */
@Component
class ChannelAccessRules {

    private final ImportService imports;

    ChannelAccessRules(ImportService imports) {
        this.imports = imports;
    }

    /** {@code /api/channels/{code}/imports}: admins and clerks for any channel, channel clients for their own. */
    AuthorizationManager<RequestAuthorizationContext> upload() {
        return (caller, context) -> decide(caller, auth -> ChannelAccess.mayUpload(auth, context.getVariables().get("code")));
    }

    /** {@code /api/channels/{code}/shipment-files}: clerks and managers for any channel, channel clients for their own. */
    AuthorizationManager<RequestAuthorizationContext> shipmentUpload() {
        return (caller, context) -> decide(caller, auth -> auth.getAuthorities().stream()
                .anyMatch(held -> Roles.ROLE_CLERK.equals(held.getAuthority()) || Roles.ROLE_MANAGER.equals(held.getAuthority()))
                || ChannelAccess.channelsOf(auth).contains(context.getVariables().get("code")));
    }

    /** {@code /api/channels/{code}}: people, and the channel's own clients. */
    AuthorizationManager<RequestAuthorizationContext> channel() {
        return (caller, context) -> decide(caller, auth -> ChannelAccess.mayRead(auth, context.getVariables().get("code")));
    }

    /** {@code /api/imports?channel=}: a channel client must name its own channel. */
    AuthorizationManager<RequestAuthorizationContext> importList() {
        return (caller, context) -> decide(caller,
                auth -> ChannelAccess.mayRead(auth, context.getRequest().getParameter("channel")));
    }

    /** {@code /api/imports/{id}/**}: people, and clients of the import's channel; an unknown import is no one's. */
    AuthorizationManager<RequestAuthorizationContext> importOfChannel() {
        return (caller, context) -> decide(caller, auth -> ChannelAccess.isPerson(auth) || channelOfImport(
                context.getVariables().get("id")).map(code -> ChannelAccess.mayRead(auth, code)).orElse(false));
    }

    /** Everything else under /api that reads: people only, never channel clients. */
    AuthorizationManager<RequestAuthorizationContext> people() {
        return (caller, context) -> decide(caller, ChannelAccess::isPerson);
    }

    private Optional<String> channelOfImport(String id) {
        try {
            return imports.find(Long.parseLong(id)).map(ImportRecord::channelCode);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static AuthorizationDecision decide(Supplier<Authentication> caller,
            Predicate<Authentication> rule) {
        Authentication authentication = caller.get();
        return new AuthorizationDecision(authentication != null && authentication.isAuthenticated()
                && rule.test(authentication));
    }
}
