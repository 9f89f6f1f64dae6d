package org.epiguard.testing;

import org.epiguard.access.Location;

import java.time.Instant;

/**
 * A rapid antigen test (by a professional or a self-test) came out positive: published in the
 * transaction that records it, so that the cases module can open a suspected case and a proposed
 * lockdown at once, without waiting for RT-PCR. {@code home} is where the person lives;
 * {@code placeCommuneCode} and {@code placeUnitId} where the test was done; {@code testingUnitId}
 * the unit that did it (any of the ids may be null). {@code lockdownUnitId} is the unit proposed
 * for lockdown, null when the proposal is the person's household.
 */
public record RapidTestPositive(long testId, long personId, long sampleId, TestKind kind, Instant testedAt,
                                Location home, String placeCommuneCode, Long placeUnitId, Long testingUnitId,
                                Long lockdownUnitId) {
}
