package org.epiguard.vaccination.internal;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import java.time.LocalDate;

/**
 * The filters of an outreach list: the date, a reason ({@code NONE} for people without one) and a
 * status (UNVACCINATED or PARTIAL). Unknown values answer 400 naming the field.
 */
record OutreachFilter(LocalDate date, String reason, String status) {

    static final String NO_REASON = "NONE";

    static OutreachFilter of(String date, String reason, String status) {
        String r = blankToNull(reason);
        if (r != null && !NO_REASON.equals(r) && OutreachReason.parse(r).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "reason: unknown reason " + r);
        }
        String s = blankToNull(status);
        if (s != null && !s.equals("UNVACCINATED") && !s.equals("PARTIAL")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "status: unknown status " + s);
        }
        return new OutreachFilter(OutreachDates.parse("date", date), r, s);
    }

    static OutreachFilter on(LocalDate date) {
        return new OutreachFilter(date, null, null);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
