package org.epiguard.testing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The days a statistics page covers, both included, in the business time zone: by default the last
 * two weeks up to today; at most a year; each problem under its field ({@code from}, {@code to}).
 */
record StatsPeriod(LocalDate from, LocalDate to) {

    static final int DEFAULT_DAYS = 14;
    static final int MAX_DAYS = 366;

    static StatsPeriod parse(String fromText, String toText) {
        LocalDate today = LocalDate.now(Fields.ZONE);
        List<TestingProblem> problems = new ArrayList<>();
        LocalDate to = blank(toText) ? today : day("to", toText, today, problems).orElse(null);
        LocalDate from = blank(fromText) ? (to == null ? today : to).minusDays(DEFAULT_DAYS - 1)
                : day("from", fromText, today, problems).orElse(null);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(TestingProblem.of("to", "BEFORE_FROM", Fields.show(from)));
        } else if (from != null && to != null && ChronoUnit.DAYS.between(from, to) + 1 > MAX_DAYS) {
            problems.add(TestingProblem.of("to", "PERIOD_TOO_LONG", MAX_DAYS));
        }
        InvalidTestingInput.throwIfAny(problems);
        return new StatsPeriod(from, to);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static Optional<LocalDate> day(String field, String text, LocalDate today, List<TestingProblem> problems) {
        Optional<LocalDate> day = Fields.date(field, text, problems);
        if (day.isPresent() && day.get().isAfter(today)) {
            problems.add(TestingProblem.of(field, "FUTURE_TIME"));
            return Optional.empty();
        }
        if (day.isPresent() && day.get().isBefore(Fields.EARLIEST)) {
            problems.add(TestingProblem.of(field, "TOO_EARLY", Fields.show(Fields.EARLIEST)));
            return Optional.empty();
        }
        return day;
    }

    Instant start() {
        return from.atStartOfDay(Fields.ZONE).toInstant();
    }

    /** The first instant after the period. */
    Instant end() {
        return to.plusDays(1).atStartOfDay(Fields.ZONE).toInstant();
    }

    List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }
}
