package org.epiguard.geo.internal;

import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.Population;

/** A line of the administrative units browser: a unit, its population and what it holds. */
record UnitSummary(String code, AdminLevel level, String name, String unitType, int children, long villages,
                   long orgUnits, Population population) {

    public String fullName() {
        return unitType + " " + name;
    }
}
