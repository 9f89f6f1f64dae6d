package org.epiguard.people.internal;

/**
 * Vietnamese phone numbers, normalised to the ten-digit domestic form 0xxxxxxxxx whatever way
 * they were written (+84 / 84 / 0084 / 0, spaces, dots, dashes, brackets). Mobile numbers start
 * 03, 05, 07, 08 or 09; landlines 02 (area code included).
 */
final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The normalised number, or null when the entry is blank. */
    static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = raw.replaceAll("[\\s.\\-()/]", "");
        if (s.isEmpty()) {
            return null;
        }
        if (s.startsWith("+84")) {
            s = "0" + s.substring(3);
        } else if (s.startsWith("0084")) {
            s = "0" + s.substring(4);
        } else if (s.startsWith("84") && s.length() == 11) {
            s = "0" + s.substring(2);
        }
        return s;
    }

    /** The problem with an already normalised number, or null when it is a valid Vietnamese number. */
    static FieldProblem check(String normalised) {
        if (!normalised.matches("0\\d{9}")) {
            return FieldProblem.of("phone", "people.error.phone.format");
        }
        if ("235789".indexOf(normalised.charAt(1)) < 0) {
            return FieldProblem.of("phone", "people.error.phone.prefix");
        }
        return null;
    }

    /** Whether a search text is a phone number in any usual form. */
    static boolean looksLikePhone(String text) {
        String n = normalise(text);
        return n != null && check(n) == null;
    }
}
