package org.epiguard.situation.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Dates of the situation pages: dd/MM/yyyy (or yyyy-MM-dd from machine clients), today by default. */
final class Dates {

    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter DISPLAY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    static LocalDate today() {
        return LocalDate.now(BUSINESS_ZONE);
    }

    /** The date in a field; today when blank; {@link InvalidField} naming the field when it is not a date. */
    static LocalDate parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return today();
        }
        String v = value.trim();
        try {
            return v.contains("-") ? LocalDate.parse(v) : LocalDate.parse(v, DISPLAY);
        } catch (DateTimeParseException e) {
            throw new InvalidField(field, "'" + v + "' is not a date (dd/MM/yyyy)");
        }
    }

    static String format(LocalDate date) {
        return date == null ? "" : date.format(DISPLAY);
    }
}
