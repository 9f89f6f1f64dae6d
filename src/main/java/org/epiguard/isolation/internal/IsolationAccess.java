package org.epiguard.isolation.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who opens, moves and ends episodes (health stations, quarantine facilities, district and province
 * command), who records the daily follow-up (those and the community COVID teams), and who reads them;
 * each within their own scopes.
 */
final class IsolationAccess {

    static final Set<Role> EPISODES = EnumSet.of(Role.COMMUNE_HEALTH_STATION, Role.QUARANTINE_FACILITY,
            Role.DISTRICT_COMMAND, Role.PROVINCE_COMMITTEE);
    static final Set<Role> FOLLOW_UP = EnumSet.of(Role.COMMUNITY_TEAM, Role.COMMUNE_HEALTH_STATION,
            Role.QUARANTINE_FACILITY, Role.DISTRICT_COMMAND, Role.PROVINCE_COMMITTEE);
    static final Set<Role> READ = EnumSet.of(Role.COMMUNITY_TEAM, Role.COMMUNE_HEALTH_STATION, Role.QUARANTINE_FACILITY,
            Role.DISTRICT_COMMAND, Role.PROVINCE_COMMITTEE, Role.SYSTEM_ADMIN);
    /** Who keeps the treatment places and adds rule versions. */
    static final Set<Role> PLANNING = EnumSet.of(Role.DISTRICT_COMMAND, Role.PROVINCE_COMMITTEE, Role.SYSTEM_ADMIN);

    private IsolationAccess() {
    }

    static void require(Set<Role> roles, CurrentUser user) {
        if (!roles.contains(user.role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
