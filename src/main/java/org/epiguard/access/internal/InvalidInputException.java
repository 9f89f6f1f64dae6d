package org.epiguard.access.internal;

/** Input that the rules refuse; the API answers 400 with the problems, a page shows them by field. */
class InvalidInputException extends RuntimeException {

    private final transient Problems problems;

    InvalidInputException(Problems problems) {
        super("invalid input: " + problems.list().stream().map(Problems.Problem::field).toList());
        this.problems = problems;
    }

    static InvalidInputException of(String field, String messageKey, Object... args) {
        return new InvalidInputException(new Problems().add(field, messageKey, args));
    }

    Problems problems() {
        return problems;
    }
}
