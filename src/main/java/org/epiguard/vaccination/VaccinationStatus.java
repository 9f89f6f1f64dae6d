package org.epiguard.vaccination;

/** A person's vaccination status on a date. */
public enum VaccinationStatus {
    /** No dose yet. */
    UNVACCINATED,
    /** At least one dose, primary series not complete (the "1 dose" of the reports). */
    PARTIAL,
    /** Primary series complete (2 doses; 1 for Janssen; 3 for Abdala), no further dose. */
    FULLY_VACCINATED,
    /** A dose beyond the primary series. */
    BOOSTED;

    public String labelKey() {
        return "vaccination.status." + name();
    }
}
