package org.epiguard.tracing.internal;

import java.util.List;

/**
 * What is wrong with one field of a contact or cluster input: the field as the form and the API name
 * it, a code (message key {@code tracing.problem.<code>}) and its arguments. Numbers are record
 * numbers (case 3370, person 120455) and are kept as text, so that no message writes "3.370".
 */
record ContactProblem(String field, String code, List<Object> args) {

    static ContactProblem of(String field, String code, Object... args) {
        return new ContactProblem(field, code, java.util.Arrays.stream(args)
                .map(a -> a instanceof Number ? (Object) a.toString() : a).toList());
    }

    String messageKey() {
        return "tracing.problem." + code;
    }
}
