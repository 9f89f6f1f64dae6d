package org.epiguard.cases.internal;

import java.util.List;

/** An input was refused and nothing written; each problem names its field. */
class InvalidCaseInput extends RuntimeException {

    private final List<CaseProblem> problems;

    InvalidCaseInput(List<CaseProblem> problems) {
        super("invalid input: " + problems.stream().map(p -> p.field() + " " + p.code()).toList());
        this.problems = List.copyOf(problems);
    }

    static InvalidCaseInput of(String field, String code, Object... args) {
        return new InvalidCaseInput(List.of(CaseProblem.of(field, code, args)));
    }

    static void throwIfAny(List<CaseProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidCaseInput(problems);
        }
    }

    List<CaseProblem> problems() {
        return problems;
    }
}
