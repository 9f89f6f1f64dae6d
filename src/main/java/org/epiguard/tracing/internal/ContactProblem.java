package org.epiguard.tracing.internal;

import java.util.List;

/**
 * What is wrong with one field of a contact or cluster input: the field as the form and the API name
 * it, a code (message key {@code tracing.problem.<code>}) and its arguments.
 */
record ContactProblem(String field, String code, List<Object> args) {

    static ContactProblem of(String field, String code, Object... args) {
        return new ContactProblem(field, code, List.of(args));
    }

    String messageKey() {
        return "tracing.problem." + code;
    }
}
