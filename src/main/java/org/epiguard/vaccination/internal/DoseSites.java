package org.epiguard.vaccination.internal;

import org.epiguard.access.CurrentUser;
import org.epiguard.access.ScopeLevel;
import org.epiguard.geo.OrgUnit;
import org.epiguard.geo.OrgUnitType;
import org.epiguard.geo.OrgUnits;
import org.epiguard.people.PersonHit;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The vaccination sites a user may choose in the dose form: their own unit when they capture for one
 * unit, else the active units of their view scope (the ones DoseEntry accepts), health units first.
 */
@Component
class DoseSites {

    private static final Set<OrgUnitType> HEALTH = Set.of(OrgUnitType.HEALTH_STATION, OrgUnitType.HOSPITAL,
            OrgUnitType.FIELD_HOSPITAL);

    private final OrgUnits orgUnits;

    DoseSites(OrgUnits orgUnits) {
        this.orgUnits = orgUnits;
    }

    List<OrgUnit> choicesFor(CurrentUser user) {
        if (user.captureScope().level() == ScopeLevel.UNIT) {
            return orgUnits.inScope(user.captureScope());
        }
        return orgUnits.inScope(user.viewScope()).stream()
                .sorted(Comparator.comparing((OrgUnit u) -> !HEALTH.contains(u.type()))).toList();
    }

    /** The site the form proposes: the user's own unit, else the health station of the person's commune. */
    Long proposedFor(CurrentUser user, PersonHit person, List<OrgUnit> choices) {
        if (user.captureScope().level() == ScopeLevel.UNIT) {
            return choices.isEmpty() ? null : choices.getFirst().id();
        }
        return choices.stream().filter(u -> u.type() == OrgUnitType.HEALTH_STATION
                        && person.communeCode().equals(u.communeCode()))
                .findFirst().map(OrgUnit::id).orElse(null);
    }
}
