package org.epiguard.people;

import java.time.LocalDate;

/** A person found by a search, with what a user needs to recognise them. */
public record PersonHit(long id, String fullName, int birthYear, LocalDate birthDate, Sex sex, String citizenId,
                        String passportNo, String phone, String communeCode, String addressText) {

    /** "12/03/1985", or the year alone when only the year is known. */
    public String birthText() {
        return birthDate == null ? Integer.toString(birthYear)
                : String.format("%02d/%02d/%d", birthDate.getDayOfMonth(), birthDate.getMonthValue(), birthDate.getYear());
    }
}
