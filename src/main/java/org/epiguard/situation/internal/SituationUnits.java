package org.epiguard.situation.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The administrative unit a situation page or call is about. Levels are not personal data: any unit
 * may be looked at. The report follows the view scope: a unit outside it does not exist (404).
 */
@Component
class SituationUnits {

    private final GeoDirectory geo;

    SituationUnits(GeoDirectory geo) {
        this.geo = geo;
    }

    /** The unit asked for, else the user's own (their scope's unit; a unit scope: its province is unknown, 404). */
    AdminUnit any(CurrentUser user, String code) {
        String wanted = code == null || code.isBlank() ? home(user) : code.trim();
        return geo.unit(wanted).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** Like {@link #any} but only inside the user's view scope. */
    AdminUnit visible(CurrentUser user, String code) {
        AdminUnit unit = any(user, code);
        String district = unit.level() == AdminLevel.DISTRICT ? unit.code() : unit.districtCode();
        if (!user.viewScope().containsAdminUnit(unit.provinceCode(), district, unit.communeCode())) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return unit;
    }

    private String home(CurrentUser user) {
        return switch (user.viewScope().level()) {
            case PROVINCE, DISTRICT, COMMUNE -> user.viewScope().code();
            case NATION -> geo.provinces().getFirst().code();
            case UNIT -> null;
        };
    }
}
