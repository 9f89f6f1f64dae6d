package org.epiguard.vaccination;

import java.time.LocalDate;

/**
 * A person's vaccination on a date. {@code protectedForQuarantine} is "fully vaccinated or recovered"
 * as the quarantine rules mean it, by the dated rule in force that day: the primary series completed
 * 14 days to 6 months before (by default), or a recovery from COVID-19 within the rule's window
 * (6 months by default). {@code recoveredOn} is the latest recovery on or before the date, if any;
 * when the rule counts a recovery as a dose it completes the primary series one dose earlier.
 */
public record PersonVaccination(long personId, LocalDate onDate, VaccinationStatus status, int doses,
                                LocalDate lastDoseDate, LocalDate primaryDoneDate, boolean protectedForQuarantine,
                                LocalDate recoveredOn) {
}
