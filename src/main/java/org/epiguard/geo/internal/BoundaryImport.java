package org.epiguard.geo.internal;

import java.util.List;

/**
 * The outcome of one boundary file: the units whose boundary was added or replaced, and the features
 * refused, each by its index in the file (0-based, as in {@code features[i]}) and the field at fault.
 */
record BoundaryImport(String fileName, String codeProperty, int features, List<String> added, List<String> replaced,
                      List<Error> errors) {

    /** A refused feature: its index, the field ("features[3].geometry.type"), the value and the message. */
    record Error(int feature, String field, String value, String message) {
    }
}
