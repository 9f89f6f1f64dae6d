package org.epiguard.tracing.internal;

import java.util.List;

/**
 * What is wrong with one field of a check-in, a rule or a confirmation: the field as the API names it
 * ({@code items[3].venueId}), a problem code (message key {@code tracing.checkins.problem.<code>})
 * and its arguments.
 */
record CheckinProblem(String field, String code, List<Object> args) {

    static CheckinProblem of(String field, String code, Object... args) {
        return new CheckinProblem(field, code, List.of(args));
    }

    String messageKey() {
        return "tracing.checkins.problem." + code;
    }

    /** Refused input: nothing written. */
    static final class Invalid extends RuntimeException {
        private final List<CheckinProblem> problems;

        Invalid(List<CheckinProblem> problems) {
            super("invalid: " + problems.stream().map(p -> p.field() + " " + p.code()).toList());
            this.problems = List.copyOf(problems);
        }

        static void throwIfAny(List<CheckinProblem> problems) {
            if (!problems.isEmpty()) {
                throw new Invalid(problems);
            }
        }

        List<CheckinProblem> problems() {
            return problems;
        }
    }
}
