package org.epiguard.testing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks every testing input shares: choices, barcodes and times as users type them
 * (dd/MM/yyyy HH:mm, also d/M/yyyy, a date alone meaning its start, and ISO forms), each problem
 * added under its field.
 */
final class Fields {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The first case in Viet Nam was confirmed on 23/01/2020; nothing is tested before. */
    static final LocalDate EARLIEST = LocalDate.of(2020, 1, 23);
    static final Pattern BARCODE = Pattern.compile("[A-Za-z0-9._-]{3,40}");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** Clocks of phones and lab machines differ a little: a time up to this far ahead is accepted. */
    private static final long FUTURE_TOLERANCE_SECONDS = 600;

    private Fields() {
    }

    static <E extends Enum<E>> Optional<E> choice(Class<E> type, String field, String text, List<TestingProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(TestingProblem.of(field, "REQUIRED"));
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add(TestingProblem.of(field, "UNKNOWN_VALUE", text));
            return Optional.empty();
        }
    }

    /** A barcode as scanned or typed (stripped); empty with a problem when missing or malformed. */
    static Optional<String> barcode(String field, String text, boolean required, List<TestingProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(TestingProblem.of(field, "REQUIRED"));
            }
            return Optional.empty();
        }
        String code = text.strip();
        if (!BARCODE.matcher(code).matches()) {
            problems.add(TestingProblem.of(field, "BAD_BARCODE", code));
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** A point in time that has happened: required, readable, not before 23/01/2020, not in the future. */
    static Optional<Instant> pastTime(String field, String text, List<TestingProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(TestingProblem.of(field, "REQUIRED"));
            return Optional.empty();
        }
        Optional<Instant> time = parseTime(text);
        if (time.isEmpty()) {
            problems.add(TestingProblem.of(field, "BAD_TIME", text));
        } else if (time.get().isAfter(Instant.now().plusSeconds(FUTURE_TOLERANCE_SECONDS))) {
            problems.add(TestingProblem.of(field, "FUTURE_TIME"));
            return Optional.empty();
        } else if (time.get().isBefore(EARLIEST.atStartOfDay(ZONE).toInstant())) {
            problems.add(TestingProblem.of(field, "TOO_EARLY", SHOWN_DATE.format(EARLIEST)));
            return Optional.empty();
        }
        return time;
    }

    static Optional<Instant> parseTime(String text) {
        String t = text.strip();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}T.*(Z|[+-]\\d{2}:\\d{2})")) {
                return Optional.of(OffsetDateTime.parse(t).toInstant());
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}T.*")) {
                return Optional.of(LocalDateTime.parse(t).atZone(ZONE).toInstant());
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(t).atStartOfDay(ZONE).toInstant());
            }
            String slashed = t.replace('-', '/').replace('.', '/');
            if (slashed.contains(" ")) {
                return Optional.of(LocalDateTime.parse(slashed.replaceAll("\\s+", " "), TYPED).atZone(ZONE).toInstant());
            }
            return Optional.of(LocalDate.parse(slashed, TYPED_DATE).atStartOfDay(ZONE).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static Optional<LocalDate> date(String field, String text, List<TestingProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(TestingProblem.of(field, "REQUIRED"));
            return Optional.empty();
        }
        Optional<LocalDate> date = parseTime(text).map(i -> i.atZone(ZONE).toLocalDate());
        if (date.isEmpty()) {
            problems.add(TestingProblem.of(field, "BAD_TIME", text));
        }
        return date;
    }

    static LocalDate dayOf(Instant time) {
        return time.atZone(ZONE).toLocalDate();
    }

    static String show(Instant time) {
        return time == null ? "" : SHOWN.format(time.atZone(ZONE));
    }

    static String show(LocalDate date) {
        return date == null ? "" : SHOWN_DATE.format(date);
    }
}
