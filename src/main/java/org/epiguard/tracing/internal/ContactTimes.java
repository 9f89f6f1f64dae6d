package org.epiguard.tracing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** Times of exposure as users type them (dd/MM/yyyy HH:mm, a date alone, or ISO) and as pages show them. */
final class ContactTimes {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TYPED_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");
    private static final DateTimeFormatter SHOWN_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    /** A time up to this far ahead is accepted (clocks differ a little). */
    private static final long FUTURE_TOLERANCE_SECONDS = 600;

    private ContactTimes() {
    }

    /** A past time; null with a problem under the field when missing, unreadable or in the future. */
    static Instant past(String field, String text, List<ContactProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(ContactProblem.of(field, "REQUIRED"));
            return null;
        }
        Instant at = parse(text.strip());
        if (at == null) {
            problems.add(ContactProblem.of(field, "BAD_TIME", text.strip()));
            return null;
        }
        if (at.isAfter(Instant.now().plusSeconds(FUTURE_TOLERANCE_SECONDS))) {
            problems.add(ContactProblem.of(field, "IN_FUTURE", show(at)));
            return null;
        }
        return at;
    }

    private static Instant parse(String s) {
        try {
            return LocalDateTime.parse(s, TYPED).atZone(ZONE).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDate.parse(s, TYPED_DATE).atStartOfDay(ZONE).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException ignored) {
            // next form
        }
        try {
            return LocalDateTime.parse(s).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static String show(Instant at) {
        return at == null ? "" : SHOWN.format(at.atZone(ZONE));
    }

    static String show(LocalDate day) {
        return day == null ? "" : SHOWN_DATE.format(day);
    }

    static LocalDate dayOf(Instant at) {
        return at.atZone(ZONE).toLocalDate();
    }
}
