package org.epiguard.testing.internal;

import org.epiguard.access.Location;

import java.time.Instant;

/** A pool as stored. Its location is the commune where its samples were taken. */
record PoolRow(long id, String barcode, AreaRisk areaRisk, Instant pooledAt, int maxMembers, Long placeUnitId,
               Long collectingUnitId, Long labUnitId, Location location, int memberCount) {
}
