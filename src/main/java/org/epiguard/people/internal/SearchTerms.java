package org.epiguard.people.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;

/**
 * What a search text asks for: a phone number, a citizen ID, a passport number, or a name with an
 * optional year or date of birth at its end.
 */
record SearchTerms(Kind kind, String value, Integer birthYear, LocalDate birthDate) {

    enum Kind { NONE, PHONE, CITIZEN_ID, PASSPORT, NAME }

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    static SearchTerms parse(String raw) {
        String text = PersonNames.normalise(raw);
        if (text == null) {
            return none();
        }
        String compact = text.replaceAll("[\\s.\\-()]", "");
        if (compact.matches("\\+?\\d+")) {
            if (PhoneNumbers.looksLikePhone(compact)) {
                return new SearchTerms(Kind.PHONE, PhoneNumbers.normalise(compact), null, null);
            }
            if (compact.matches("\\d{9}|\\d{12}")) {
                return new SearchTerms(Kind.CITIZEN_ID, compact, null, null);
            }
            return none();
        }
        if (!text.contains(" ") && compact.matches("(?=.*\\d)(?=.*\\p{L})[\\p{Alnum}]{5,20}")) {
            return new SearchTerms(Kind.PASSPORT, compact.toUpperCase(Locale.ROOT), null, null);
        }
        Integer year = null;
        LocalDate date = null;
        int cut = text.lastIndexOf(' ');
        String last = text.substring(cut + 1);
        if (cut > 0 && last.matches("\\d{4}")) {
            year = Integer.parseInt(last);
            text = text.substring(0, cut);
        } else if (cut > 0 && last.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
            try {
                date = LocalDate.parse(last, DMY);
                text = text.substring(0, cut);
            } catch (java.time.DateTimeException e) {
                return none();
            }
        }
        String name = text.replaceAll("[^\\p{L}\\p{M} ]", " ").replaceAll(" +", " ").strip();
        if (name.isEmpty()) {
            return none();
        }
        return new SearchTerms(Kind.NAME, name, year, date);
    }

    static SearchTerms none() {
        return new SearchTerms(Kind.NONE, null, null, null);
    }
}
