package com.tierflow.console.internal.web;

import com.tierflow.security.ChannelAccess;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Signing in, one's own profile and language, and the page that says a role may not see something. */
@Controller
class AccountPages {

    @GetMapping("/login")
    String login() {
        return "console/login";
    }

    @GetMapping("/console/profile")
    String profile(Authentication caller, Model model) {
        model.addAttribute("roles", caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_")).sorted().toList());
        model.addAttribute("channelScopes", ChannelAccess.channelsOf(caller).stream().sorted().toList());
        return "console/profile";
    }

    /** Spring Security forwards here (keeping the 403) when a role may not open a page. */
    @RequestMapping("/console/denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied(Model model) {
        model.addAttribute("status", 403);
        model.addAttribute("messageKey", "error.forbidden");
        return "console/error";
    }
}
