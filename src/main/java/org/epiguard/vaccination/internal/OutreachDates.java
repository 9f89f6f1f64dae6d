package org.epiguard.vaccination.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The business day in Việt Nam and the dates users type (yyyy-MM-dd from date inputs, or dd/MM/yyyy). */
final class OutreachDates {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private OutreachDates() {
    }

    static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }

    /** The date of a request parameter, today when it is empty; a 400 naming the field when it is no date. */
    static LocalDate parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return today();
        }
        String t = text.strip();
        try {
            return t.contains("/") ? LocalDate.parse(t, TYPED) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, field + ": not a date (dd/MM/yyyy): " + t);
        }
    }
}
