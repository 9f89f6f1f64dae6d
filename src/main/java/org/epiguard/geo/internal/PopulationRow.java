package org.epiguard.geo.internal;

import java.util.List;
import java.util.Map;

/**
 * One data row of a population file, checked on its own: the figures, or why it is refused.
 * Rule: the total is required; the age bands are optional, but when any band is given the empty
 * ones count as 0 and the six must add up to the total.
 */
record PopulationRow(int rowNumber, String code, Figures figures, List<RowError> errors) {

    /** A unit's figures as stored: total and the six bands (0 when not given). */
    record Figures(int total, int age0to4, int age5to11, int age12to17, int age18to49, int age50to64, int age65plus) {

        Map<String, Object> asMap() {
            return Map.of("total", total, "0-4", age0to4, "5-11", age5to11, "12-17", age12to17,
                    "18-49", age18to49, "50-64", age50to64, "65+", age65plus);
        }
    }

    /** A refused cell: row (as the spreadsheet numbers it), column header, the value, a message key. */
    record RowError(int row, String field, String value, String messageKey, Object... args) {
    }

    boolean ok() {
        return errors.isEmpty();
    }

    /** Whether the row holds nothing to import (an empty line, or a template line left unfilled). */
    boolean blank() {
        return figures == null && errors.isEmpty();
    }
}
