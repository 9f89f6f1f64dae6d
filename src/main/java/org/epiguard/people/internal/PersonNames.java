package org.epiguard.people.internal;

import java.text.Normalizer;

/**
 * Full names as people write them: surrounding and repeated spaces removed and the text in Unicode
 * NFC (Vietnamese keyboards produce both composed and decomposed diacritics; stored names are composed).
 */
final class PersonNames {

    static final int MAX_LENGTH = 120;

    private PersonNames() {
    }

    static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ").strip();
        return s.isEmpty() ? null : s;
    }

    /** The problem with a normalised name, or null. */
    static FieldProblem check(String name) {
        if (name == null) {
            return FieldProblem.of("fullName", "people.error.fullName.required");
        }
        if (name.length() > MAX_LENGTH) {
            return FieldProblem.of("fullName", "people.error.fullName.length", MAX_LENGTH);
        }
        if (!name.matches("[\\p{L}\\p{M}][\\p{L}\\p{M} .'\\-]*")) {
            return FieldProblem.of("fullName", "people.error.fullName.characters");
        }
        return null;
    }
}
