package org.epiguard.cases.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's investigation form as recorded: the window it covers (by the dated rule), workplace or
 * school, the places visited and people met in the window, and the household members.
 */
record Investigation(long caseId, LocalDate onsetDate, List<String> symptoms, String workplace, Long workplaceUnitId,
                     String notes, LocalDate windowFrom, LocalDate windowTo, Instant investigatedAt,
                     List<Place> places, List<Person> peopleMet, List<Person> household) {

    record Place(LocalDate visitedOn, String place, Long unitId, String unitName, String communeCode, String note) {
    }

    record Person(LocalDate metOn, Long personId, String fullName, Integer birthYear, String phone, String relation,
                  String place) {
    }
}
