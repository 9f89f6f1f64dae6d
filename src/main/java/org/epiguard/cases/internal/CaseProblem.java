package org.epiguard.cases.internal;

import java.util.List;

/** What is wrong with one field of a case input: the field as the form and the API name it, a code (message key {@code cases.problem.<code>}) and its arguments. */
record CaseProblem(String field, String code, List<Object> args) {

    static CaseProblem of(String field, String code, Object... args) {
        return new CaseProblem(field, code, List.of(args));
    }

    String messageKey() {
        return "cases.problem." + code;
    }
}
