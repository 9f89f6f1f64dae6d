package org.epiguard.isolation.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a dated rule version: for a kind of episode and (where the version tells them apart) the
 * people protected by vaccination or recovery or not, where the episode is spent, how many days confined,
 * how many days of self-monitoring follow, the test days (day 1 = the start date), the danger signs,
 * for an F0 the home-treatment gates of the decision in force, and for a returnee the epidemic levels of
 * the origin the row applies to (null: any origin).
 */
record IsolationRule(long id, EpisodeKind kind, LocalDate effectiveFrom, String appliesTo, Place place,
                     int confinedDays, int monitorDays, List<Integer> testDays, int spo2Min, int breathingMax,
                     List<String> dangerSymptoms, String homeTreatmentSource, Integer homeMinAge, Integer homeMaxAge,
                     boolean homeOlderIfVaccinated, boolean homeExcludesPregnant, boolean homeExcludesComorbid,
                     String source, String note, Integer originMinLevel, Integer originMaxLevel) {

    /** The strictest epidemic level: the one an origin that was not assessed counts as. */
    static final int STRICTEST_LEVEL = 4;

    /** The last day confined for an episode starting on this date. */
    LocalDate plannedEnd(LocalDate start) {
        return start.plusDays(confinedDays - 1L);
    }
}
