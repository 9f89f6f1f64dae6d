package org.epiguard.vaccination.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates of doses as users write them (dd/MM/yyyy, also d/M/yyyy and ISO yyyy-MM-dd) and their bounds. */
final class DoseDates {

    /** The first COVID-19 vaccinations in Viet Nam (08/03/2021); the table refuses anything before 01/03/2021. */
    static final LocalDate EARLIEST = LocalDate.of(2021, 3, 1);
    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private DoseDates() {
    }

    static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String t = text.strip();
        try {
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(t));
            }
            return Optional.of(LocalDate.parse(t.replace('-', '/').replace('.', '/'), TYPED));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    static LocalDate today() {
        return LocalDate.now(BUSINESS_ZONE);
    }

    static String show(LocalDate d) {
        return d == null ? "" : SHOWN.format(d);
    }
}
