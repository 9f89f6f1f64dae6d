package org.epiguard.vaccination;

/**
 * The age groups of the coverage reports. Age on a date is counted from the birth date when it is
 * known, else from the birth year alone as {@code year(date) − birth_year} (the age reached in that
 * calendar year, as the 2021–2022 campaigns called people up by year of birth).
 */
public enum AgeGroup {
    AGE_12_17(12, 17),
    AGE_18_PLUS(18, null),
    AGE_50_PLUS(50, null),
    AGE_65_PLUS(65, null);

    private final int from;
    private final Integer to;

    AgeGroup(int from, Integer to) {
        this.from = from;
        this.to = to;
    }

    public int from() {
        return from;
    }

    /** The last age of the group, or null for an open group ("18+"). */
    public Integer to() {
        return to;
    }

    public boolean contains(int age) {
        return age >= from && (to == null || age <= to);
    }

    /** "12–17", "18+". */
    public String label() {
        return to == null ? from + "+" : from + "–" + to;
    }

    public String labelKey() {
        return "vaccination.coverage.group." + name();
    }
}
