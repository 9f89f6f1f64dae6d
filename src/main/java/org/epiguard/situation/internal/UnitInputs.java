package org.epiguard.situation.internal;

/**
 * What a unit's level is assessed on, for the 7 business days ending on the assessment date: its
 * population, cases, deaths, vaccination (counts over the census population of each age group;
 * null where the unit has no population figure for the group), and the clinical inputs from the
 * isolation module's treatment places (null = the unit has none: unknown, assumed met / not counted;
 * see {@link ClinicalInputs}).
 */
record UnitInputs(long population, long newCases, long communityCases, long deaths, Long oxygenCases,
                  Long adults, long adultsDose1, Long older, long olderFull, long fullCourse,
                  Boolean treatmentCapacityMet, Boolean communeCareMet, Boolean bedsMet, Boolean icuMet) {

    /** Per 100,000 people per week; null without a population. */
    Double per100k(long count) {
        return population <= 0 ? null : count * 100_000.0 / population;
    }

    static Double percent(long part, Long whole) {
        return whole == null || whole <= 0 ? null : 100.0 * part / whole;
    }

    UnitInputs plus(UnitInputs o) {
        return new UnitInputs(population + o.population, newCases + o.newCases, communityCases + o.communityCases,
                deaths + o.deaths, sum(oxygenCases, o.oxygenCases), sum(adults, o.adults), adultsDose1 + o.adultsDose1,
                sum(older, o.older), olderFull + o.olderFull, fullCourse + o.fullCourse, null, null, null, null);
    }

    UnitInputs withPopulation(long total) {
        return new UnitInputs(total, newCases, communityCases, deaths, oxygenCases, adults, adultsDose1, older,
                olderFull, fullCourse, treatmentCapacityMet, communeCareMet, bedsMet, icuMet);
    }

    /** The same unit with the week's cases and deaths of a fresher read. */
    UnitInputs withCases(long newCases, long communityCases, long deaths) {
        return new UnitInputs(population, newCases, communityCases, deaths, oxygenCases, adults, adultsDose1, older,
                olderFull, fullCourse, treatmentCapacityMet, communeCareMet, bedsMet, icuMet);
    }

    /** The clinical inputs this assessment was made with. */
    ClinicalInputs.Clinical clinical() {
        return new ClinicalInputs.Clinical(oxygenCases, treatmentCapacityMet, communeCareMet, bedsMet, icuMet);
    }

    UnitInputs withClinical(ClinicalInputs.Clinical c) {
        return new UnitInputs(population, newCases, communityCases, deaths, c.oxygenCases(), adults, adultsDose1, older,
                olderFull, fullCourse, c.treatmentCapacityMet(), c.communeCareMet(), c.bedsMet(), c.icuMet());
    }

    private static Long sum(Long a, Long b) {
        return a == null || b == null ? null : a + b;
    }
}
