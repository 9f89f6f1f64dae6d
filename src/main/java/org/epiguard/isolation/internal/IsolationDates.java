package org.epiguard.isolation.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;

/** Dates as users write them (dd/MM/yyyy, d/M/yyyy or ISO yyyy-MM-dd), the business day, and how they are shown. */
final class IsolationDates {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The first case in Viet Nam (23/01/2020): no episode starts before it. */
    static final LocalDate EARLIEST = LocalDate.of(2020, 1, 23);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private IsolationDates() {
    }

    static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            return Optional.of(t.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(t) : LocalDate.parse(t, TYPED));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The date of a field, today when it is empty and {@code todayWhenEmpty}; a problem for the field otherwise. */
    static LocalDate required(String field, String text, boolean todayWhenEmpty, List<IsolationProblem> problems) {
        if (text == null || text.isBlank()) {
            if (todayWhenEmpty) {
                return today();
            }
            problems.add(IsolationProblem.of(field, "REQUIRED"));
            return null;
        }
        Optional<LocalDate> date = parse(text);
        if (date.isEmpty()) {
            problems.add(IsolationProblem.of(field, "BAD_DATE", text));
            return null;
        }
        if (date.get().isBefore(EARLIEST)) {
            problems.add(IsolationProblem.of(field, "TOO_EARLY", show(EARLIEST)));
            return null;
        }
        if (date.get().isAfter(today().plusDays(1))) {
            problems.add(IsolationProblem.of(field, "IN_FUTURE"));
            return null;
        }
        return date.get();
    }

    /** The date of a field or today when it is empty; refused with the field's problem otherwise. */
    static LocalDate orToday(String field, String text) {
        List<IsolationProblem> problems = new java.util.ArrayList<>();
        LocalDate date = required(field, text, true, problems);
        InvalidIsolationInput.throwIfAny(problems);
        return date;
    }

    static LocalDate today() {
        return LocalDate.now(BUSINESS_ZONE);
    }

    static String show(LocalDate d) {
        return d == null ? "" : SHOWN.format(d);
    }
}
