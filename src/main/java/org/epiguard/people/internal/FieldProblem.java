package org.epiguard.people.internal;

import java.util.List;

/** What is wrong with one field of a person: the field's name (as in the API) and a message key with arguments. */
record FieldProblem(String field, String messageKey, List<Object> args) {

    static FieldProblem of(String field, String messageKey, Object... args) {
        return new FieldProblem(field, messageKey, List.of(args));
    }
}
