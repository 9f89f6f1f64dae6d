package org.epiguard.situation.internal;

import java.time.LocalDate;

/**
 * The inputs of the levels that other modules will provide once they exist (the isolation module is
 * being built): cases on oxygen in the week, and whether treatment and care capacity is met. The one
 * place to wire them; until then every answer is unknown, which the rules take as met (capacity) or
 * not counted (oxygen) and the explanation says so.
 */
interface ClinicalInputs {

    Clinical of(String unitCode, LocalDate date);

    /** null = unknown. */
    record Clinical(Long oxygenCases, Boolean treatmentCapacityMet, Boolean communeCareMet, Boolean bedsMet,
                    Boolean icuMet) {

        static final Clinical UNKNOWN = new Clinical(null, null, null, null, null);
    }
}
