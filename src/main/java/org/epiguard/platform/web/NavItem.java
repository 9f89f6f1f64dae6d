package org.epiguard.platform.web;

import java.util.Set;

/**
 * An entry of the main navigation. Each module contributes its own as a bean, so the shell
 * shows only modules that exist. {@code roles} empty means every signed-in user.
 */
public record NavItem(int order, String path, String labelKey, Set<String> roles) {

    public static NavItem forAll(int order, String path, String labelKey) {
        return new NavItem(order, path, labelKey, Set.of());
    }

    public boolean visibleTo(String role) {
        return roles.isEmpty() || roles.contains(role);
    }
}
