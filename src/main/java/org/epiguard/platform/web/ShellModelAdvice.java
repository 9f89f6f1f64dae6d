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

    /** The navigation under its headings (one per module's first path segment), for the page's top bar. */
    @ModelAttribute("navGroups")
    List<NavGroup> navGroups() {
        return NavGroup.of(nav());
    }

    /** The path of the current page, to mark the active navigation entry. */
    @ModelAttribute("currentPath")
    String currentPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    @ModelAttribute("links")
    ListLinks links(jakarta.servlet.http.HttpServletRequest request) {
        return new ListLinks(request);
    }

    @ModelAttribute("me")
    Object me() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof AccessContext.HasCurrentUser p ? p.currentUser() : null;
    }
}
