package org.epiguard.situation.internal;

/** A bad input, named by its field: answered 400 with {"field": ..., "error": ...}. */
class InvalidField extends RuntimeException {

    private final String field;

    InvalidField(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
