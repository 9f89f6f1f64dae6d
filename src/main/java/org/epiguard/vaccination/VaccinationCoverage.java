package org.epiguard.vaccination;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Vaccination coverage by age group and dose for any administrative unit and date, for other
 * modules (the daily situation report). Figures are aggregates; the caller decides who may see them
 * (the coverage pages allow a unit inside the user's view scope only).
 */
public interface VaccinationCoverage {

    /**
     * Coverage of a province, district or commune (GSO code) on a date, with its parts: the districts
     * of a province, the communes of a district, the villages of a commune. Empty for an unknown code.
     */
    Optional<CoverageReport> coverage(String unitCode, LocalDate onDate);

    /**
     * Coverage of every commune of the country on a date, in GSO code order: one registry query for
     * the whole country beside every commune's population (what the epidemic levels of all communes
     * are assessed on).
     */
    List<UnitCoverage> allCommunes(LocalDate onDate);

    /**
     * Coverage of every commune of a province on a date, in the order of its districts and their communes:
     * one registry query for the province (what a province's levels are assessed on).
     */
    List<UnitCoverage> communesOf(String provinceCode, LocalDate onDate);
}
