package org.epiguard.geo.internal;

import java.util.List;

/** Input refused field by field; each problem is a message key with its arguments. */
class InvalidInput extends RuntimeException {

    record Problem(String field, String messageKey, Object... args) {
    }

    private final List<Problem> problems;

    InvalidInput(List<Problem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    static InvalidInput of(String field, String messageKey, Object... args) {
        return new InvalidInput(List.of(new Problem(field, messageKey, args)));
    }

    List<Problem> problems() {
        return problems;
    }
}
