package org.epiguard.cases.internal;

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

/**
 * The checks case inputs share: choices, and times and dates as users type them (dd/MM/yyyy HH:mm,
 * dd/MM/yyyy, or ISO), each problem added under its field. The business day is Asia/Ho_Chi_Minh.
 */
final class CaseFields {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** The first case in Viet Nam was confirmed on 23/01/2020. */
    static final LocalDate EARLIEST = LocalDate.of(2020, 1, 23);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final long FUTURE_TOLERANCE_SECONDS = 600;

    private CaseFields() {
    }

    static <E extends Enum<E>> Optional<E> choice(Class<E> type, String field, String text, List<CaseProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(CaseProblem.of(field, "REQUIRED"));
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add(CaseProblem.of(field, "UNKNOWN_VALUE", text));
            return Optional.empty();
        }
    }

    /** A time that has happened (now when blank and {@code nowWhenBlank}): readable, not before 23/01/2020, not in the future. */
    static Optional<Instant> pastTime(String field, String text, boolean nowWhenBlank, List<CaseProblem> problems) {
        if (text == null || text.isBlank()) {
            if (nowWhenBlank) {
                return Optional.of(Instant.now());
            }
            problems.add(CaseProblem.of(field, "REQUIRED"));
            return Optional.empty();
        }
        Optional<Instant> time = parseTime(text);
        if (time.isEmpty()) {
            problems.add(CaseProblem.of(field, "BAD_TIME", text));
        } else if (time.get().isAfter(Instant.now().plusSeconds(FUTURE_TOLERANCE_SECONDS))) {
            problems.add(CaseProblem.of(field, "FUTURE_TIME"));
            return Optional.empty();
        } else if (time.get().isBefore(EARLIEST.atStartOfDay(ZONE).toInstant())) {
            problems.add(CaseProblem.of(field, "TOO_EARLY", show(EARLIEST)));
            return Optional.empty();
        }
        return time;
    }

    /** An optional date (empty when blank) that is not in the future nor before 23/01/2020. */
    static Optional<LocalDate> pastDate(String field, String text, List<CaseProblem> problems) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = parseTime(text).map(CaseFields::dayOf);
        if (date.isEmpty()) {
            problems.add(CaseProblem.of(field, "BAD_DATE", text));
        } else if (date.get().isAfter(today())) {
            problems.add(CaseProblem.of(field, "FUTURE_DATE"));
            return Optional.empty();
        } else if (date.get().isBefore(EARLIEST)) {
            problems.add(CaseProblem.of(field, "TOO_EARLY", show(EARLIEST)));
            return Optional.empty();
        }
        return date;
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

    static LocalDate dayOf(Instant time) {
        return time.atZone(ZONE).toLocalDate();
    }

    static LocalDate today() {
        return LocalDate.now(ZONE);
    }

    static String show(Instant time) {
        return time == null ? "" : SHOWN.format(time.atZone(ZONE));
    }

    static String show(LocalDate date) {
        return date == null ? "" : SHOWN_DATE.format(date);
    }
}
