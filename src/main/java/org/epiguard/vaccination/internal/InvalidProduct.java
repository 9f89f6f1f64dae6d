package org.epiguard.vaccination.internal;

import java.util.List;

/** A product of the catalogue was refused; each problem names its field. */
class InvalidProduct extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidProduct(List<FieldProblem> problems) {
        super("invalid product: " + problems.stream().map(p -> p.field() + " " + p.code()).toList());
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
