package org.epiguard.testing.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.access.ScopeLevel;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who enters samples, pools and results (laboratories, health stations, schools, enterprises,
 * quarantine facilities, checkpoints, the district and province health authorities) and who reads
 * them (those, and the community COVID teams and administrators), each within their own scopes.
 */
final class TestingAccess {

    static final Set<Role> ENTRY = EnumSet.of(Role.LABORATORY, Role.COMMUNE_HEALTH_STATION, Role.SCHOOL,
            Role.ENTERPRISE, Role.QUARANTINE_FACILITY, Role.CHECKPOINT, Role.DISTRICT_COMMAND, Role.PROVINCE_COMMITTEE);
    static final Set<Role> READ = EnumSet.of(Role.COMMUNITY_TEAM, Role.SYSTEM_ADMIN);
    /** Who changes the pool size rule: the province. */
    static final Set<Role> RULES = EnumSet.of(Role.PROVINCE_COMMITTEE, Role.SYSTEM_ADMIN);

    static {
        READ.addAll(ENTRY);
    }

    private TestingAccess() {
    }

    static boolean mayEnter(CurrentUser user) {
        return ENTRY.contains(user.role());
    }

    static void requireEntry(CurrentUser user) {
        if (!mayEnter(user)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    static void requireRead(CurrentUser user) {
        if (!READ.contains(user.role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    static void requireRules(CurrentUser user) {
        if (!RULES.contains(user.role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
    }

    /** The organisation unit of a user whose capture scope is one unit, else null. */
    static Long ownUnit(CurrentUser user) {
        return user.captureScope().level() == ScopeLevel.UNIT ? Long.valueOf(user.captureScope().code()) : null;
    }
}
