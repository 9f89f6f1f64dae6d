package org.epiguard.vaccination.internal;

import java.util.List;

/** A dose was refused; each problem names its field. Only confirmable problems: the user may confirm and save. */
class InvalidDose extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidDose(List<FieldProblem> problems) {
        super("invalid dose: " + problems.stream().map(p -> p.field() + " " + p.code()).toList());
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }

    boolean onlyWarnings() {
        return problems.stream().allMatch(FieldProblem::confirmable);
    }
}
