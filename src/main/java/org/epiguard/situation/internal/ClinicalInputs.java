package org.epiguard.situation.internal;

import java.time.LocalDate;

/**
 * The inputs of the levels that the isolation module provides (see {@link PlanClinicalInputs}): cases on
 * oxygen in the week, and whether treatment capacity, commune care, free COVID beds and ICU beds are met.
 * Where a unit has no such data the answer is unknown, which the rules take as met (capacity) or not
 * counted (oxygen) and the explanation says so.
 */
interface ClinicalInputs {

    Clinical of(String unitCode, LocalDate date);

    /** null = unknown. */
    record Clinical(Long oxygenCases, Boolean treatmentCapacityMet, Boolean communeCareMet, Boolean bedsMet,
                    Boolean icuMet) {

        static final Clinical UNKNOWN = new Clinical(null, null, null, null, null);
    }
}
