package org.epiguard.testing;

import org.epiguard.access.Location;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An RT-PCR of one person's own sample came out positive (a confirmed case for the cases module).
 * Published in the transaction that records it. A positive pool is not one: it orders retests.
 * {@code ctValue} may be null; {@code labUnitId} is the lab or unit that ran the test.
 */
public record PcrPositive(long testId, long personId, long sampleId, Instant resultAt, BigDecimal ctValue,
                          Location home, String placeCommuneCode, Long placeUnitId, Long labUnitId) {
}
