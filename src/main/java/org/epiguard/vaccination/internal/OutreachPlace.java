package org.epiguard.vaccination.internal;

import org.epiguard.access.Location;
import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.Village;

/** The commune (and, when chosen, the village) whose list is asked for, already checked against the user. */
record OutreachPlace(AdminUnit commune, Village village, Location location) {

    public String communeCode() {
        return commune.code();
    }

    public Long villageId() {
        return village == null ? null : village.id();
    }
}
