package org.epiguard.testing.internal;

import org.epiguard.access.Location;

import java.time.Instant;

/** A sample as stored, with the person's name and the pool it went into (if any). */
record SampleRow(long id, String barcode, long personId, String personName, Priority priority, Instant collectedAt,
                 String placeCommuneCode, Long placeUnitId, Long collectingUnitId, Long labUnitId,
                 Location home, Long poolId, String poolBarcode) {

    /** Where a write about this sample is captured: the person's address with the collecting unit. */
    Location captureLocation(Long unitId) {
        return home.withUnit(unitId);
    }
}
