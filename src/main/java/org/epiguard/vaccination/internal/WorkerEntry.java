package org.epiguard.vaccination.internal;

import java.time.LocalDate;

/** An out-of-province worker with 0 or 1 dose on a date: who, from where, the period of work and the doses so far. */
record WorkerEntry(long workerId, long personId, String fullName, int birthYear, String citizenId, String phone,
                   String homeProvinceCode, String homeProvince, LocalDate startDate, LocalDate endDate, int doses,
                   LocalDate lastDoseDate, String lastProduct) {

    public String lastDoseText() {
        return DoseDates.show(lastDoseDate);
    }

    public String periodText() {
        return DoseDates.show(startDate) + " – " + (endDate == null ? "" : DoseDates.show(endDate));
    }
}
