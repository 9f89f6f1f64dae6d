package org.epiguard.isolation.internal;

import java.util.List;

/** An input was refused and nothing written; each problem names its field. */
class InvalidIsolationInput extends RuntimeException {

    private final List<IsolationProblem> problems;

    InvalidIsolationInput(List<IsolationProblem> problems) {
        super("invalid input: " + problems.stream().map(p -> p.field() + " " + p.code()).toList());
        this.problems = List.copyOf(problems);
    }

    static InvalidIsolationInput of(String field, String code, Object... args) {
        return new InvalidIsolationInput(List.of(IsolationProblem.of(field, code, args)));
    }

    static void throwIfAny(List<IsolationProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidIsolationInput(problems);
        }
    }

    List<IsolationProblem> problems() {
        return problems;
    }
}
