package org.epiguard.access.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;

import java.time.Instant;

/** A row of access_user; the district is where the user's view scope lies (none for a province or nation). */
record UserAccount(long id, String username, String passwordHash, String fullName, Role role,
                   Scope captureScope, Scope viewScope, String phone, String email, String locale,
                   boolean enabled, int failedLogins, Instant lockedUntil, Instant lastLoginAt,
                   String districtCode) {

    CurrentUser toCurrentUser() {
        return new CurrentUser(id, username, fullName, role, captureScope, viewScope);
    }
}
