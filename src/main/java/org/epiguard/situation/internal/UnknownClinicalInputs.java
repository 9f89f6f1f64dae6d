package org.epiguard.situation.internal;

import org.springframework.stereotype.Component;

import java.time.LocalDate;

/** Until the isolation module records beds, oxygen and care capacity: everything unknown. */
@Component
class UnknownClinicalInputs implements ClinicalInputs {

    @Override
    public Clinical of(String unitCode, LocalDate date) {
        return Clinical.UNKNOWN;
    }
}
