package org.epiguard.geo.internal;

import java.util.regex.Pattern;

/**
 * A count typed by a person: "12345", "12.345" or "12,345" or "12 345" (grouped by thousands, as
 * Vietnamese and English spreadsheets write them). Never negative, never fractional.
 */
record WholeNumber(Long value, String problemKey) {

    static final String NOT_A_NUMBER = "geo.import.error.notANumber";
    static final String NEGATIVE = "geo.import.error.negative";
    static final String TOO_LARGE = "geo.import.error.tooLarge";

    private static final Pattern PLAIN = Pattern.compile("-?\\d+");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([.,\\u00a0 ]\\d{3})+");

    static WholeNumber parse(String text) {
        String t = text == null ? "" : text.strip();
        if (!PLAIN.matcher(t).matches() && !GROUPED.matcher(t).matches()) {
            return new WholeNumber(null, NOT_A_NUMBER);
        }
        String digits = t.replaceAll("[^0-9-]", "");
        if (digits.startsWith("-")) {
            return new WholeNumber(null, NEGATIVE);
        }
        if (digits.length() > 10 || Long.parseLong(digits) > Integer.MAX_VALUE) {
            return new WholeNumber(null, TOO_LARGE);
        }
        return new WholeNumber(Long.parseLong(digits), null);
    }

    boolean ok() {
        return problemKey == null;
    }
}
