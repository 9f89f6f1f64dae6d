package org.epiguard.vaccination.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.access.ScopeLevel;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.Set;

/**
 * Who records doses: commune health stations, district and province health authorities, the system
 * administrator (within their capture scope like everyone), and users of one health unit (a hospital
 * or health station as their capture scope).
 */
final class DoseEntryAccess {

    static final Set<Role> ROLES = Set.of(Role.COMMUNE_HEALTH_STATION, Role.DISTRICT_COMMAND, Role.PROVINCE_COMMITTEE,
            Role.SYSTEM_ADMIN);

    private DoseEntryAccess() {
    }

    static boolean mayEnter(CurrentUser user) {
        return ROLES.contains(user.role()) || user.captureScope().level() == ScopeLevel.UNIT
                && (user.role() == Role.QUARANTINE_FACILITY || user.role() == Role.COMMUNE_HEALTH_STATION);
    }

    static void require(CurrentUser user) {
        if (!mayEnter(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }
}
