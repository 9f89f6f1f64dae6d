package org.epiguard.testing.internal;

import java.util.List;

/**
 * What is wrong with one field of a sample, pool, result or rule: the field as named in the form
 * and the API ({@code sampleBarcodes[2]} for the third barcode of a pool), a problem code (message
 * key {@code testing.problem.<code>}) and its arguments.
 */
record TestingProblem(String field, String code, List<Object> args) {

    static TestingProblem of(String field, String code, Object... args) {
        return new TestingProblem(field, code, List.of(args));
    }

    String messageKey() {
        return "testing.problem." + code;
    }
}
