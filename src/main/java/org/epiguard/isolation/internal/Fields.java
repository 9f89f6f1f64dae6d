package org.epiguard.isolation.internal;

import java.util.List;

/** Checks of single input fields, each adding a problem that names the field. */
final class Fields {

    private Fields() {
    }

    /** A commune filter: null when empty, its 5-digit code, refused by field otherwise. */
    static String communeFilter(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (!text.strip().matches("\\d{5}")) {
            throw InvalidIsolationInput.of(field, "NO_SUCH_COMMUNE", text);
        }
        return text.strip();
    }

    static <E extends Enum<E>> E enumValue(String field, String text, Class<E> type, List<IsolationProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(IsolationProblem.of(field, "REQUIRED"));
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(IsolationProblem.of(field, "BAD_VALUE", text));
            return null;
        }
    }

    static int intIn(String field, Integer value, int min, int max, boolean required, List<IsolationProblem> problems) {
        if (value == null) {
            if (required) {
                problems.add(IsolationProblem.of(field, "REQUIRED"));
            }
            return min;
        }
        if (value < min || value > max) {
            problems.add(IsolationProblem.of(field, "OUT_OF_RANGE", min, max));
        }
        return value;
    }

    static String note(String field, String text, List<IsolationProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (text.strip().length() > 500) {
            problems.add(IsolationProblem.of(field, "TOO_LONG", 500));
        }
        return text.strip();
    }
}
