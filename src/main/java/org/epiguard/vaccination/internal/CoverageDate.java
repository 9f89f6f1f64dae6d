package org.epiguard.vaccination.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** The date of a coverage question: dd/MM/yyyy (or yyyy-MM-dd from machine clients), today by default. */
final class CoverageDate {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private CoverageDate() {
    }

    static LocalDate today() {
        return LocalDate.now(BUSINESS_ZONE);
    }

    /** The date asked for; today when blank; {@link InvalidCoverageDate} when it is not a date. */
    static LocalDate parse(String value) {
        if (value == null || value.isBlank()) {
            return today();
        }
        String v = value.trim();
        try {
            return v.contains("-") ? LocalDate.parse(v) : LocalDate.parse(v, DISPLAY);
        } catch (DateTimeParseException e) {
            throw new InvalidCoverageDate(v);
        }
    }

    /** A date that is not one: named by the field "date". */
    static final class InvalidCoverageDate extends RuntimeException {
        InvalidCoverageDate(String value) {
            super("date: '" + value + "' is not a date (dd/MM/yyyy)");
        }
    }
}
