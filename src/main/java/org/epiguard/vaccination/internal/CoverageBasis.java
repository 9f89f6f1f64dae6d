package org.epiguard.vaccination.internal;

import org.epiguard.vaccination.GroupCoverage;

/** The denominator a coverage percentage is taken over. */
public enum CoverageBasis {
    /** The unit's population of the age group (census or entered figures of the geo module). */
    POPULATION,
    /** The people of the registry living in the unit who are in the age group on the date. */
    REGISTRY;

    Double percent(GroupCoverage g, int doses) {
        return this == POPULATION ? g.percentOfPopulation(doses) : g.percentOfRegistered(doses);
    }

    Long denominator(GroupCoverage g) {
        return this == POPULATION ? g.population() : Long.valueOf(g.registered());
    }

    public String labelKey() {
        return "vaccination.coverage.basis." + name();
    }

    static CoverageBasis parse(String value) {
        return value != null && value.equalsIgnoreCase("registry") ? REGISTRY : POPULATION;
    }
}
