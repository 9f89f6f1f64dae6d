package org.epiguard.vaccination.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Role;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.Village;
import org.epiguard.geo.Villages;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the commune and village of a list request for the current user: a commune outside the
 * view scope answers 404 as if it did not exist; a village that is not of the commune 400 naming
 * the field. Only the roles that keep the lists may ask (403 otherwise).
 */
@Component
class OutreachPlaces {

    static final Set<Role> LIST_ROLES = EnumSet.of(Role.PROVINCE_COMMITTEE, Role.DISTRICT_COMMAND,
            Role.COMMUNE_HEALTH_STATION, Role.COMMUNITY_TEAM, Role.SYSTEM_ADMIN);

    private final AccessContext access;
    private final GeoDirectory geo;
    private final Villages villages;

    OutreachPlaces(AccessContext access, GeoDirectory geo, Villages villages) {
        this.access = access;
        this.geo = geo;
        this.villages = villages;
    }

    CurrentUser listKeeper() {
        CurrentUser me = access.currentUser();
        if (!LIST_ROLES.contains(me.role())) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return me;
    }

    /** The commune of the request; a commune user's own commune when none is given; empty for a province/district user who has not chosen. */
    Optional<OutreachPlace> resolve(String communeCode, String villageId) {
        CurrentUser me = listKeeper();
        String code = communeCode == null || communeCode.isBlank() ? null : communeCode.strip();
        if (code == null && me.viewScope().level() == ScopeLevel.COMMUNE) {
            code = me.viewScope().code();
        }
        if (code == null) {
            if (villageId != null && !villageId.isBlank()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "commune: choose the commune of the village");
            }
            return Optional.empty();
        }
        String c = code;
        var location = geo.communeLocation(c).filter(me::canView)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var commune = geo.unit(c).orElseThrow();
        return Optional.of(new OutreachPlace(commune, village(villageId, c), location));
    }

    OutreachPlace require(String communeCode, String villageId) {
        return resolve(communeCode, villageId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "commune: a commune is required"));
    }

    private Village village(String villageId, String communeCode) {
        if (villageId == null || villageId.isBlank()) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(villageId.strip());
        } catch (NumberFormatException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "village: not a village id: " + villageId);
        }
        return villages.find(id).filter(v -> v.communeCode().equals(communeCode))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "village: not a village of commune " + communeCode));
    }
}
