package org.epiguard.vaccination.internal;

import java.util.List;

/** A worker registration (or an uploaded file as a whole) was refused; each problem names its field. Nothing was written. */
class InvalidWorker extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidWorker(List<FieldProblem> problems) {
        super("invalid worker: " + problems.stream().map(p -> p.field() + " " + p.code()).toList());
        this.problems = List.copyOf(problems);
    }

    InvalidWorker(FieldProblem problem) {
        this(List.of(problem));
    }

    List<FieldProblem> problems() {
        return problems;
    }

    /** Only a possible duplicate, which the user may confirm as another person. */
    boolean onlyWarnings() {
        return problems.stream().allMatch(FieldProblem::confirmable);
    }
}
