package org.epiguard.vaccination.internal;

import java.util.List;

/** An input was refused; each problem names its field (of a form, of the API). */
class InvalidFields extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidFields(String what, List<FieldProblem> problems) {
        super("invalid " + what + ": " + problems.stream().map(p -> p.field() + " " + p.code()).toList());
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
