package org.epiguard.cases.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who works with cases, each inside their own scopes: the commune health station, district and province
 * enter and change cases and decide zones; a quarantine facility moves the cases it isolates; the
 * community COVID teams, administrators and the units that reported a case (labs, schools, enterprises)
 * read them.
 */
final class CasesAccess {

    static final Set<Role> ENTRY = EnumSet.of(Role.COMMUNE_HEALTH_STATION, Role.DISTRICT_COMMAND,
            Role.PROVINCE_COMMITTEE, Role.QUARANTINE_FACILITY);
    /** Classification and containment zones are the commune's (and its district's and province's) decisions. */
    static final Set<Role> COMMUNE = EnumSet.of(Role.COMMUNE_HEALTH_STATION, Role.DISTRICT_COMMAND, Role.PROVINCE_COMMITTEE);
    static final Set<Role> READ = EnumSet.of(Role.COMMUNITY_TEAM, Role.SYSTEM_ADMIN, Role.LABORATORY, Role.SCHOOL,
            Role.ENTERPRISE, Role.CHECKPOINT);
    /** Who changes the dated rules of the module: the province. */
    static final Set<Role> RULES = EnumSet.of(Role.PROVINCE_COMMITTEE, Role.SYSTEM_ADMIN);

    static {
        READ.addAll(ENTRY);
    }

    private CasesAccess() {
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
