package org.epiguard.access;

/** The signed-in user (a person in the browser or a machine client with an API token). */
public record CurrentUser(long id, String username, String fullName, Role role, Scope captureScope, Scope viewScope) {

    public boolean isAdmin() {
        return role == Role.SYSTEM_ADMIN;
    }

    public boolean canView(Location loc) {
        return viewScope.contains(loc);
    }

    public boolean canCapture(Location loc) {
        return captureScope.contains(loc);
    }
}
