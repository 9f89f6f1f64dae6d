package org.epiguard.tracing.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who traces contacts and keeps clusters (health stations, community COVID teams, district and province
 * command) and who reads them (those, schools, enterprises and quarantine facilities for their own
 * people, administrators), each within their own scopes.
 */
final class ContactAccess {

    static final Set<Role> ENTRY = EnumSet.of(Role.COMMUNE_HEALTH_STATION, Role.COMMUNITY_TEAM, Role.DISTRICT_COMMAND,
            Role.PROVINCE_COMMITTEE);
    static final Set<Role> READ = EnumSet.of(Role.SCHOOL, Role.ENTERPRISE, Role.QUARANTINE_FACILITY, Role.SYSTEM_ADMIN);

    static {
        READ.addAll(ENTRY);
    }

    private ContactAccess() {
    }

    static void requireEntry(CurrentUser user) {
        if (!ENTRY.contains(user.role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    static void requireRead(CurrentUser user) {
        if (!READ.contains(user.role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
