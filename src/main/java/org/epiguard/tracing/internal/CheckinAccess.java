package org.epiguard.tracing.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who sends check-ins (the province, districts and communes, whose API tokens the QR platforms use,
 * and a venue unit for itself), who reads F1 candidates and confirms them (health stations, COVID
 * teams, district and province command), and who changes the dated rule (the province).
 */
final class CheckinAccess {

    static final Set<Role> SEND = EnumSet.of(Role.PROVINCE_COMMITTEE, Role.DISTRICT_COMMAND,
            Role.COMMUNE_HEALTH_STATION, Role.ENTERPRISE, Role.SCHOOL, Role.SYSTEM_ADMIN);
    static final Set<Role> TRACE = EnumSet.of(Role.PROVINCE_COMMITTEE, Role.DISTRICT_COMMAND,
            Role.COMMUNE_HEALTH_STATION, Role.COMMUNITY_TEAM, Role.SYSTEM_ADMIN);
    static final Set<Role> RULES = EnumSet.of(Role.PROVINCE_COMMITTEE, Role.SYSTEM_ADMIN);
    static final Set<Role> TRACE_OR_SEND = EnumSet.copyOf(TRACE);

    static {
        TRACE_OR_SEND.addAll(SEND);
    }

    private CheckinAccess() {
    }

    static CurrentUser require(Set<Role> roles, CurrentUser user) {
        if (!roles.contains(user.role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return user;
    }
}
