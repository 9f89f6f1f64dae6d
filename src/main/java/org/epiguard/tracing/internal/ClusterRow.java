package org.epiguard.tracing.internal;

import org.epiguard.access.Location;

import java.time.Instant;

/**
 * A cluster as lists show it: its name (or none yet), status, suspected source, where it is kept
 * (its first case's place), how many cases it has, over how many districts and communes, from when to when.
 */
record ClusterRow(long id, String name, String status, Long mergedInto, String suspectedSource, Long sourceCaseId,
                  String formedBy, String provinceCode, String districtCode, String communeCode, Instant createdAt,
                  Instant closedAt, long cases, long districts, long communes, Instant firstConfirmedAt,
                  Instant lastConfirmedAt) {

    public Location home() {
        return Location.commune(provinceCode, districtCode, communeCode);
    }
}
