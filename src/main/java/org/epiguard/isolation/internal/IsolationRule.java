package org.epiguard.isolation.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a dated rule version: for a kind of episode and (where the version tells them apart) the
 * people protected by vaccination or recovery or not, where the episode is spent, how many days confined,
 * how many days of self-monitoring follow, the test days (day 1 = the start date), the danger signs,
 * and for an F0 the home-treatment gates of the decision in force.
 */
record IsolationRule(long id, EpisodeKind kind, LocalDate effectiveFrom, String appliesTo, Place place,
                     int confinedDays, int monitorDays, List<Integer> testDays, int spo2Min, int breathingMax,
                     List<String> dangerSymptoms, String homeTreatmentSource, Integer homeMinAge, Integer homeMaxAge,
                     boolean homeOlderIfVaccinated, boolean homeExcludesPregnant, boolean homeExcludesComorbid,
                     String source, String note) {

    /** The last day confined for an episode starting on this date. */
    LocalDate plannedEnd(LocalDate start) {
        return start.plusDays(confinedDays - 1L);
    }
}
