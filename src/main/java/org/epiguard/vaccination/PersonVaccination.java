package org.epiguard.vaccination;

import java.time.LocalDate;

/**
 * A person's vaccination on a date. {@code protectedForQuarantine} is "fully vaccinated" as the
 * quarantine rules mean it: the primary series completed within the window of the dated rule in
 * force that day (14 days to 6 months after its last dose, by default).
 */
public record PersonVaccination(long personId, LocalDate onDate, VaccinationStatus status, int doses,
                                LocalDate lastDoseDate, LocalDate primaryDoneDate, boolean protectedForQuarantine) {
}
