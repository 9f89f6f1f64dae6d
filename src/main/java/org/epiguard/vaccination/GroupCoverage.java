package org.epiguard.vaccination;

/**
 * Coverage of one age group in one unit on one date. Two denominators, kept apart:
 * {@code population} is the unit's population of the group from the geo figures (census or entered;
 * null when the unit has none, e.g. a village), {@code registered} the people of the registry living
 * in the unit who are in the group on the date. {@code atLeastK} = registered people of the group
 * with at least k doses given on or before the date (k = 1, 2, 3): the numerator of both.
 */
public record GroupCoverage(AgeGroup group, Long population, long registered, long atLeast1, long atLeast2,
                            long atLeast3) {

    /** People of the group with at least this many doses (1, 2 or 3). */
    public long atLeast(int doses) {
        return switch (doses) {
            case 1 -> atLeast1;
            case 2 -> atLeast2;
            case 3 -> atLeast3;
            default -> throw new IllegalArgumentException("coverage is reported for dose 1, 2 or 3, not " + doses);
        };
    }

    /** Percent of the population (census) with at least this many doses; null without a population figure. */
    public Double percentOfPopulation(int doses) {
        return population == null || population == 0 ? null : 100.0 * atLeast(doses) / population;
    }

    /** Percent of the registered people with at least this many doses; null when nobody is registered. */
    public Double percentOfRegistered(int doses) {
        return registered == 0 ? null : 100.0 * atLeast(doses) / registered;
    }

    /** No one: the figures of a part without registered people. */
    public static GroupCoverage none(AgeGroup group) {
        return new GroupCoverage(group, null, 0, 0, 0, 0);
    }

    public GroupCoverage withPopulation(Long population) {
        return new GroupCoverage(group, population, registered, atLeast1, atLeast2, atLeast3);
    }

    /** The sum of two parts' figures (the population is unknown when either part's is). */
    public GroupCoverage plus(GroupCoverage other) {
        Long pop = population == null || other.population == null ? null : population + other.population;
        return new GroupCoverage(group, pop, registered + other.registered, atLeast1 + other.atLeast1,
                atLeast2 + other.atLeast2, atLeast3 + other.atLeast3);
    }
}
