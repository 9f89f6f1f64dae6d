package org.epiguard.geo;

import java.util.List;

/**
 * The population of an administrative unit, in total and by age band. A commune's figure is
 * entered; a district's or province's is entered or, when no row was entered for it, summed from
 * its parts ({@link Origin}). A unit without any figure has {@link Origin#MISSING} and zeros.
 */
public record Population(String unitCode, AdminLevel level, long total, long age0to4, long age5to11,
                         long age12to17, long age18to49, long age50to64, long age65plus, Origin origin,
                         int partsCounted) {

    /** Where a figure comes from. */
    public enum Origin {
        /** a row was entered (imported) for this unit */
        ENTERED,
        /** the sum of the unit's communes (district) or districts (province) */
        SUMMED,
        /** no figure: nothing entered for the unit or any of its parts */
        MISSING
    }

    /** The six age bands, youngest first: 0–4, 5–11, 12–17, 18–49, 50–64, 65+. */
    public List<Long> bands() {
        return List.of(age0to4, age5to11, age12to17, age18to49, age50to64, age65plus);
    }

    /** Whether the age bands account for the whole total (false when only totals were entered). */
    public boolean bandsComplete() {
        return origin != Origin.MISSING && bands().stream().mapToLong(Long::longValue).sum() == total;
    }

    public boolean entered() {
        return origin == Origin.ENTERED;
    }
}
