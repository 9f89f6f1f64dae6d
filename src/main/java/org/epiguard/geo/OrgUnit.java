package org.epiguard.geo;

import org.epiguard.access.Location;

/**
 * An organisation unit (school, enterprise, quarantine facility…) as other modules see it. Its
 * {@link #location()} carries the unit's own id, so that a {@code UNIT} scope covers it.
 */
public record OrgUnit(long id, OrgUnitType type, String name, Location location, boolean active) {

    public String communeCode() {
        return location.communeCode();
    }
}
