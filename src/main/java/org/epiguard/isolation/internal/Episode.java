package org.epiguard.isolation.internal;

import org.epiguard.access.Location;

import java.time.LocalDate;
import java.util.List;

/**
 * An isolation (F0) or quarantine (F1, returnee, traveller) episode with the terms it got from the rule
 * in force on its start date: place, planned end (last day confined), end of self-monitoring, test days.
 * Scoped by the person's home (province, district, commune) and by the unit where it is spent.
 */
record Episode(long id, long personId, String personName, int birthYear, String phone, EpisodeKind kind, Long caseId,
               long ruleId, String ruleSource, boolean protectedOnStart, Place place, Long placeUnitId,
               String placeUnitName, Integer tier, LocalDate startDate, LocalDate admittedOn, LocalDate plannedEnd,
               LocalDate monitorUntil, List<Integer> testDays, EpisodeStatus status, LocalDate endedOn, String endNote,
               Long previousId, Long chainId, String provinceCode, String districtCode, String communeCode) {

    Location location() {
        return new Location(provinceCode, districtCode, communeCode, placeUnitId);
    }

    /** The first episode of this one's chain of transfers (itself when it was not transferred here). */
    public long chain() {
        return chainId == null ? id : chainId;
    }

    public boolean running() {
        return status == EpisodeStatus.ACTIVE;
    }

    /** The date of a test day (day 1 = the start date). */
    LocalDate dateOfDay(int day) {
        return startDate.plusDays(day - 1L);
    }

    /** The day number of a date in this episode (the start date is day 1). */
    long dayOf(LocalDate date) {
        return java.time.temporal.ChronoUnit.DAYS.between(startDate, date) + 1;
    }

    List<Integer> testDaysOn(LocalDate date) {
        return testDays.stream().filter(d -> dateOfDay(d).equals(date)).toList();
    }
}
