package org.epiguard.vaccination.internal;

import java.util.List;

/** A dose was refused; each problem names its field. Only confirmable problems: the user may confirm and save. */
class InvalidDose extends InvalidFields {

    InvalidDose(List<FieldProblem> problems) {
        super("dose", problems);
    }

    boolean onlyWarnings() {
        return problems().stream().allMatch(FieldProblem::confirmable);
    }
}
