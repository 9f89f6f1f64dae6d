package org.epiguard.geo;

import java.util.List;
import java.util.Optional;

/**
 * The effective population of administrative units: what other modules divide by (coverage,
 * incidence per 100,000). Computed in SQL from the entered rows.
 */
public interface PopulationFacts {

    /** The population of a province, district or commune; empty for an unknown code. */
    Optional<Population> population(String unitCode);

    /** The population of each child unit of a province or district (its districts or communes), by code. */
    List<Population> childrenOf(String parentCode);

    /** The population of every commune of the country, in code order (MISSING where none is entered). */
    List<Population> allCommunes();
}
