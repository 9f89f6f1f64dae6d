package org.epiguard.vaccination.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.OrgUnit;
import org.epiguard.geo.OrgUnitType;
import org.epiguard.geo.OrgUnits;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Who may see and register out-of-province workers, and for which enterprise: an enterprise user for
 * their own unit; district, province and administrator users (and, to read, commune users) for the
 * enterprises of their scope. An enterprise outside the view scope answers 404 as if it did not exist;
 * registering for one outside the capture scope 403; other roles 403.
 */
@Component
class WorkerEnterprises {

    static final Set<Role> VIEW_ROLES = EnumSet.of(Role.ENTERPRISE, Role.PROVINCE_COMMITTEE, Role.DISTRICT_COMMAND,
            Role.COMMUNE_HEALTH_STATION, Role.COMMUNITY_TEAM, Role.SYSTEM_ADMIN);
    static final Set<Role> REGISTER_ROLES = EnumSet.of(Role.ENTERPRISE, Role.PROVINCE_COMMITTEE, Role.DISTRICT_COMMAND,
            Role.SYSTEM_ADMIN);

    private final AccessContext access;
    private final OrgUnits orgUnits;

    WorkerEnterprises(AccessContext access, OrgUnits orgUnits) {
        this.access = access;
        this.orgUnits = orgUnits;
    }

    CurrentUser viewer() {
        return requireRole(VIEW_ROLES);
    }

    CurrentUser registrar() {
        return requireRole(REGISTER_ROLES);
    }

    static boolean mayRegister(CurrentUser user) {
        return REGISTER_ROLES.contains(user.role());
    }

    private CurrentUser requireRole(Set<Role> roles) {
        CurrentUser me = access.currentUser();
        if (!roles.contains(me.role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return me;
    }

    /** The enterprise a list asks for: the one given, else a unit user's own; empty for an area user who gave none. */
    Optional<OrgUnit> forView(String enterprise) {
        CurrentUser me = viewer();
        Long id = id(enterprise);
        if (id == null && me.viewScope().level() == ScopeLevel.UNIT) {
            id = Long.parseLong(me.viewScope().code());
        }
        if (id == null) {
            return Optional.empty();
        }
        return Optional.of(visible(me, id));
    }

    /** The enterprise a registration is for (required unless the user is the enterprise's own); 403 outside the capture scope. */
    OrgUnit forRegistration(String enterprise) {
        CurrentUser me = registrar();
        Long id = id(enterprise);
        if (id == null && me.captureScope().level() == ScopeLevel.UNIT) {
            id = Long.parseLong(me.captureScope().code());
        }
        if (id == null) {
            throw new InvalidWorker(FieldProblem.of("enterprise", "REQUIRED"));
        }
        OrgUnit unit = visible(me, id);
        access.requireCapture(unit.location());
        return unit;
    }

    /** {@link #forRegistration}, or empty when an area user has not chosen an enterprise yet. */
    Optional<OrgUnit> chosenForRegistration(String enterprise) {
        CurrentUser me = registrar();
        if (id(enterprise) == null && me.captureScope().level() != ScopeLevel.UNIT) {
            return Optional.empty();
        }
        return Optional.of(forRegistration(enterprise));
    }

    /** The active enterprises a user may register workers for, by name. */
    List<OrgUnit> registrable(CurrentUser me) {
        return orgUnits.inScope(me.captureScope()).stream().filter(u -> u.type() == OrgUnitType.ENTERPRISE).toList();
    }

    private OrgUnit visible(CurrentUser me, long id) {
        return orgUnits.find(id).filter(u -> u.type() == OrgUnitType.ENTERPRISE && me.canView(u.location()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Long id(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "enterprise: not an organisation unit id: " + text);
        }
    }
}
