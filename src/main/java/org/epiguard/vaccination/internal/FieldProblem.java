package org.epiguard.vaccination.internal;

import java.util.List;

/**
 * What is wrong with one field of a dose or a worker registration: the field (as named in the form and
 * the API), a problem code (message key {@code vaccination.doses.problem.<code>}, or the code itself when
 * it is a whole message key such as the people module's {@code people.error.…}) and its arguments. A
 * confirmable problem is a warning the user may override (a shorter interval than the product's).
 */
record FieldProblem(String field, String code, List<Object> args, boolean confirmable) {

    static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args), false);
    }

    static FieldProblem warning(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args), true);
    }

    String messageKey() {
        return code.contains(".") ? code : "vaccination.doses.problem." + code;
    }
}
