package org.epiguard.people.internal;

import java.util.List;

/** The input for a person was refused; each problem names its field. */
class InvalidPerson extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidPerson(List<FieldProblem> problems) {
        super("invalid person: " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    InvalidPerson(FieldProblem problem) {
        this(List.of(problem));
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
