package org.epiguard.testing.internal;

import org.epiguard.geo.OrgUnitType;

import java.util.EnumSet;
import java.util.Set;

/**
 * Whom a screening campaign targets: an occupation group living in an area, every person of a
 * commune, the pupils and teachers of a school or the workers of an enterprise (people whose
 * workplace or school is the unit), or the attendees of an event (a list of people).
 */
enum CampaignKind {
    OCCUPATION, COMMUNE, SCHOOL, ENTERPRISE, EVENT;

    /** Units whose workers a workplace campaign (and the pre-shift list) covers. */
    static final Set<OrgUnitType> WORKPLACES = EnumSet.of(OrgUnitType.ENTERPRISE, OrgUnitType.INDUSTRIAL_ZONE,
            OrgUnitType.MARKET, OrgUnitType.SUPERMARKET, OrgUnitType.PORT);

    /** Whether the target is the people of one organisation unit. */
    boolean ofUnit() {
        return this == SCHOOL || this == ENTERPRISE;
    }

    boolean accepts(OrgUnitType type) {
        return this == SCHOOL ? type == OrgUnitType.SCHOOL : this != ENTERPRISE || WORKPLACES.contains(type);
    }

    /** ONCE: tested at least once in the period; DAILY: a negative test every day of it (before every shift). */
    enum Cadence { ONCE, DAILY }
}
