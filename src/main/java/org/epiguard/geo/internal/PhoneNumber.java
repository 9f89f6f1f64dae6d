package org.epiguard.geo.internal;

import java.util.Optional;

/**
 * A Vietnamese phone number of an organisation unit, as dialled inside the country: mobile
 * 0xxxxxxxxx (10 digits) or landline 02xxxxxxxxx (11 digits). "+84", "84" and separators
 * (spaces, dots, dashes, brackets) are accepted and removed.
 */
final class PhoneNumber {

    private PhoneNumber() {
    }

    /** The number in its national form, or empty when it is not a Vietnamese number. */
    static Optional<String> normalise(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip().replaceAll("[\\s.\\-()]", "");
        if (t.startsWith("+84")) {
            t = "0" + t.substring(3);
        } else if (t.startsWith("84") && t.length() >= 11) {
            t = "0" + t.substring(2);
        }
        if (t.matches("0[35789]\\d{8}") || t.matches("02\\d{9}")) {
            return Optional.of(t);
        }
        return Optional.empty();
    }
}
