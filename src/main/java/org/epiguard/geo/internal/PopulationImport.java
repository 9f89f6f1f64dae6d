package org.epiguard.geo.internal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The outcome of one population file: rows imported (new or changed), unchanged (already so),
 * rejected (with their errors) and skipped (no figures on the line).
 */
record PopulationImport(long id, String username, String fileName, int imported, int unchanged, int rejected,
                        int skipped, List<Error> errors, OffsetDateTime at) {

    /** When it ran, on the clock of Vietnam. */
    public java.time.LocalDateTime localTime() {
        return at.atZoneSameInstant(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDateTime();
    }

    /** A refused cell, its message already in the importing user's language. */
    record Error(int row, String field, String value, String message) {
    }
}
