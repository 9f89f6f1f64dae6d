package org.epiguard.testing.internal;

import org.epiguard.testing.TestKind;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A test and its result. {@code fromPool} marks a member's negative result given by its pool.
 * {@code sampleBarcode} is null for a pool's own result and for a rapid test without a barcode.
 */
record TestRow(long id, TestKind kind, Outcome outcome, BigDecimal ctValue, Instant resultAt, Long unitId,
               String unitName, Long sampleId, String sampleBarcode, Long poolId, String poolBarcode, boolean fromPool) {
}
