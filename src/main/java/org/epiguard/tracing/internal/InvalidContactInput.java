package org.epiguard.tracing.internal;

import java.util.List;

/**
 * A contact or cluster input was refused and nothing written; each problem names its field. A
 * conflict (the person is already listed under that case) answers 409, the rest 400.
 */
class InvalidContactInput extends RuntimeException {

    private final List<ContactProblem> problems;
    private final boolean conflict;

    InvalidContactInput(List<ContactProblem> problems, boolean conflict) {
        super("invalid input: " + problems.stream().map(p -> p.field() + " " + p.code()).toList());
        this.problems = List.copyOf(problems);
        this.conflict = conflict;
    }

    static InvalidContactInput of(String field, String code, Object... args) {
        return new InvalidContactInput(List.of(ContactProblem.of(field, code, args)), false);
    }

    static InvalidContactInput conflict(String field, String code, Object... args) {
        return new InvalidContactInput(List.of(ContactProblem.of(field, code, args)), true);
    }

    static void throwIfAny(List<ContactProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidContactInput(problems, false);
        }
    }

    List<ContactProblem> problems() {
        return problems;
    }

    boolean conflict() {
        return conflict;
    }
}
