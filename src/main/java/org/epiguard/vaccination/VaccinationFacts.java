package org.epiguard.vaccination;

import java.time.LocalDate;

/** The vaccination of a person on any date, for other modules (isolation rules, case risk groups). */
public interface VaccinationFacts {

    PersonVaccination statusOf(long personId, LocalDate onDate);
}
