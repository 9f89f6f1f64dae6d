package org.epiguard.platform.web;

import org.epiguard.access.AccessContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Comparator;
import java.util.List;

/** Puts the navigation and the signed-in user into every page's model. */
@ControllerAdvice
class ShellModelAdvice {

    private final List<NavItem> items;

    ShellModelAdvice(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @ModelAttribute("nav")
    List<NavItem> nav() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccessContext.HasCurrentUser p)) {
            return List.of();
        }
        String role = p.currentUser().role().name();
        return items.stream().filter(i -> i.visibleTo(role)).toList();
    }

    /** The path of the page, to mark the active navigation entry (Thymeleaf 3.1 has no #request). */
    @ModelAttribute("requestPath")
    String requestPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ModelAttribute("me")
    Object me() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccessContext.HasCurrentUser p ? p.currentUser() : null;
    }
}
