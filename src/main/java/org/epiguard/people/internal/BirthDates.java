package org.epiguard.people.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * A date of birth, which is often known only by its year: "1985", "12/03/1985" (dd/MM/yyyy, as
 * written in Vietnam) or "1985-03-12" (ISO, from machines).
 */
record BirthDates(int year, LocalDate date) {

    static final int EARLIEST_YEAR = 1890;

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    static BirthDates ofYear(int year) {
        return new BirthDates(year, null);
    }

    static BirthDates of(LocalDate date) {
        return new BirthDates(date.getYear(), date);
    }

    /** Parses and checks an entry against today; throws {@link InvalidPerson} naming the field "birth". */
    static BirthDates parse(String raw, LocalDate today) {
        String s = raw == null ? "" : raw.strip();
        if (s.isEmpty()) {
            throw new InvalidPerson(FieldProblem.of("birth", "people.error.birth.required"));
        }
        BirthDates birth;
        try {
            if (s.matches("\\d{4}")) {
                birth = ofYear(Integer.parseInt(s));
            } else if (s.matches("\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{4}")) {
                birth = of(LocalDate.parse(s.replace('.', '/').replace('-', '/'), DMY));
            } else if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                birth = of(LocalDate.parse(s));
            } else {
                throw new InvalidPerson(FieldProblem.of("birth", "people.error.birth.format"));
            }
        } catch (DateTimeException e) {
            throw new InvalidPerson(FieldProblem.of("birth", "people.error.birth.format"));
        }
        if (birth.year() > today.getYear() || (birth.date() != null && birth.date().isAfter(today))) {
            throw new InvalidPerson(FieldProblem.of("birth", "people.error.birth.future"));
        }
        if (birth.year() < EARLIEST_YEAR) {
            throw new InvalidPerson(FieldProblem.of("birth", "people.error.birth.tooOld", EARLIEST_YEAR));
        }
        return birth;
    }

    /** Age in whole years today; with the year alone, the age reached during this year. */
    int ageOn(LocalDate today) {
        if (date == null) {
            return today.getYear() - year;
        }
        return java.time.Period.between(date, today).getYears();
    }

    /** As the registry shows it: dd/MM/yyyy or the year. */
    String text() {
        return date == null ? Integer.toString(year) : date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }
}
