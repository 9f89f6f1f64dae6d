package org.epiguard.cases.internal;

import org.epiguard.geo.OrgUnitType;

/** What a containment zone locks down, narrowest first. */
enum ZoneKind {
    HOUSEHOLD, BUILDING, VENUE, VILLAGE, COMMUNE;

    /** The kind of zone that locks down an organisation unit: a place people pass through, or a building. */
    static ZoneKind ofUnit(OrgUnitType type) {
        return switch (type) {
            case VENUE, MARKET, SUPERMARKET, PORT -> VENUE;
            default -> BUILDING;
        };
    }
}
