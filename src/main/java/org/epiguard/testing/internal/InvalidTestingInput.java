package org.epiguard.testing.internal;

import java.util.List;

/** An input was refused and nothing written; each problem names its field. */
class InvalidTestingInput extends RuntimeException {

    private final List<TestingProblem> problems;

    InvalidTestingInput(List<TestingProblem> problems) {
        super("invalid input: " + problems.stream().map(p -> p.field() + " " + p.code()).toList());
        this.problems = List.copyOf(problems);
    }

    static InvalidTestingInput of(String field, String code, Object... args) {
        return new InvalidTestingInput(List.of(TestingProblem.of(field, code, args)));
    }

    static void throwIfAny(List<TestingProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidTestingInput(problems);
        }
    }

    List<TestingProblem> problems() {
        return problems;
    }
}
