package org.epiguard.testing.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.geo.OrgUnit;
import org.epiguard.geo.OrgUnitType;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Daily pre-shift testing of an enterprise (or a school): each morning, its workers (people whose
 * workplace is the unit) without a negative test taken that day, a positive one flagged. The
 * enterprise's own user sees its own unit; an area user names a unit inside their view scope (else 404).
 */
@Component
class PreShiftList {

    private final UnitChecks units;

    PreShiftList(UnitChecks units) {
        this.units = units;
    }

    /** The unit the list is for, inside the user's view scope, or 404 (400 when an area user names none). */
    OrgUnit unit(CurrentUser user, Long unitId) {
        Long id = unitId != null ? unitId : TestingAccess.ownUnit(user);
        if (id == null) {
            throw InvalidTestingInput.of("unit", "REQUIRED");
        }
        Optional<OrgUnit> unit = units.find(id).filter(u -> user.canView(u.location()))
                .filter(u -> u.type() == OrgUnitType.SCHOOL || CampaignKind.WORKPLACES.contains(u.type()));
        return unit.orElseThrow(TestingViews::notFound);
    }

    /** The unit's daily target as a one-day campaign (id 0: no campaign row). */
    static Campaign asCampaign(OrgUnit unit, LocalDate day) {
        CampaignKind kind = unit.type() == OrgUnitType.SCHOOL ? CampaignKind.SCHOOL : CampaignKind.ENTERPRISE;
        return new Campaign(0, unit.name(), kind, null, unit.communeCode(), null, unit.id(), unit.name(),
                CampaignKind.Cadence.DAILY, day, day, unit.location());
    }
}
