package com.tierflow.console.internal;

import com.tierflow.console.NavigationItem;
import com.tierflow.shared.ConflictException;
import com.tierflow.shared.NotFoundException;
import com.tierflow.shared.RejectedRequestException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every console page shares: the menu for the reader's roles, and errors as a page with one sentence (never a
 * stack trace). Runs before the API's problem-details handler, which would answer a browser with JSON.
 */
@ControllerAdvice(basePackages = "com.tierflow.console")
@Order(Ordered.HIGHEST_PRECEDENCE)
class ConsoleAdvice {

    private static final Logger log = LoggerFactory.getLogger(ConsoleAdvice.class);

    private final List<NavigationItem> navigation;

    ConsoleAdvice(List<NavigationItem> navigation) {
        this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
    }

    @ModelAttribute("navigation")
    List<NavigationItem> navigation(Authentication caller) {
        Set<String> held = caller == null ? Set.of() : caller.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        return navigation.stream()
                .filter(item -> item.authorities().isEmpty() || item.authorities().stream().anyMatch(held::contains))
                .toList();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ExceptionHandler(ConsolePageException.class)
    ModelAndView page(ConsolePageException e, HttpServletResponse response) {
        return errorPage(e.status(), e.messageKey(), null, null);
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return errorPage(HttpStatus.NOT_FOUND, "error.notFound", e.getMessage(), null);
    }

    @ExceptionHandler({RejectedRequestException.class, IllegalArgumentException.class})
    ModelAndView rejected(RuntimeException e) {
        return errorPage(HttpStatus.BAD_REQUEST, "error.rejected", e.getMessage(), null);
    }

    /** A search or form field that cannot be read (a letter in an amount, an impossible date). */
    @ExceptionHandler(BindException.class)
    ModelAndView unreadable(BindException e) {
        String fields = e.getFieldErrors().stream().map(FieldError::getField).distinct().sorted()
                .collect(Collectors.joining(", "));
        return errorPage(HttpStatus.BAD_REQUEST, "error.badInput", fields, null);
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(ConflictException e) {
        return errorPage(HttpStatus.CONFLICT, "error.conflict", e.getMessage(), null);
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.web.ErrorResponse) {
            // Spring Security and Spring MVC answer these themselves (403 page, 404, 405, 413)
            throw e;
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected error on a console page, reference {}", reference, e);
        return errorPage(HttpStatus.INTERNAL_SERVER_ERROR, "error.unexpected", null, reference);
    }

    static ModelAndView errorPage(HttpStatus status, String messageKey, String detail, String reference) {
        ModelAndView page = new ModelAndView("console/error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("messageKey", messageKey);
        page.addObject("detail", detail);
        page.addObject("reference", reference);
        return page;
    }
}
