package org.epiguard.isolation.internal;

import java.util.List;

/** What is wrong with one field of an input: the field as the API names it, a code (message key {@code isolation.problem.<code>}) and its arguments. */
record IsolationProblem(String field, String code, List<Object> args) {

    static IsolationProblem of(String field, String code, Object... args) {
        return new IsolationProblem(field, code, List.of(args));
    }

    String messageKey() {
        return "isolation.problem." + code;
    }
}
