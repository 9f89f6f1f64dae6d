package org.epiguard.cases;

import org.epiguard.access.Location;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A case as tracing needs it: whose it is, the dates its infectious period is worked out from
 * (onset, confirmation, isolation; any may be null), its status and where it is counted (the scope
 * columns of the case, the person's address when it was opened).
 */
public record TracedCase(long id, long personId, String status, LocalDate onsetDate, Instant confirmedAt,
                         Instant isolatedAt, Instant suspectedAt, Location location) {
}
