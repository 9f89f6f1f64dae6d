package org.epiguard.vaccination.internal;

import org.epiguard.vaccination.VaccinationStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A person on the outreach list of a date: who, where, doses so far and the reason recorded (latest). */
record OutreachEntry(long personId, String fullName, int birthYear, LocalDate birthDate, String sex, String phone,
                     Long villageId, String villageName, List<String> comorbidities, boolean elderly, int doses,
                     LocalDate lastDoseDate, OutreachReason reason, String note, Instant reasonAt,
                     String reasonBy) {

    public VaccinationStatus status() {
        return doses == 0 ? VaccinationStatus.UNVACCINATED : VaccinationStatus.PARTIAL;
    }

    /** 0: 65+ with comorbidities, 1: 65+, 2: everyone else (the order of the list). */
    public int priority() {
        return elderly ? (comorbidities.isEmpty() ? 1 : 0) : 2;
    }

    public String birthText() {
        return birthDate == null ? Integer.toString(birthYear) : birthDate.format(OutreachDates.SHOWN);
    }

    public String lastDoseText() {
        return lastDoseDate == null ? "" : lastDoseDate.format(OutreachDates.SHOWN);
    }
}
