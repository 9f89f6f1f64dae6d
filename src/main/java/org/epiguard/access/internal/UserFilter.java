package org.epiguard.access.internal;

import org.epiguard.access.Role;

/** Filters of the user list: role, district (GSO code), and text in username or name (accents ignored). */
record UserFilter(Role role, String district, String text) {

    static UserFilter of(String role, String district, String text) {
        Role r = null;
        if (role != null && !role.isBlank()) {
            try {
                r = Role.valueOf(role.trim());
            } catch (IllegalArgumentException ignored) {
                // an unknown role filters nothing out rather than failing the page
            }
        }
        return new UserFilter(r, UserRules.blankToNull(district), UserRules.blankToNull(text));
    }
}
