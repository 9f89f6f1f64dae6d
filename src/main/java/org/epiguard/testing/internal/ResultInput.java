package org.epiguard.testing.internal;

/**
 * A result as a user enters it: the kind of test, the sample's barcode (or the pool's for PCR_POOL),
 * POSITIVE / NEGATIVE / INVALID, the Ct value (RT-PCR only, e.g. "24.5"), the time of the result and
 * the lab or unit that tested (empty: the user's own unit, else the lab the sample was sent to).
 */
record ResultInput(String kind, String sampleBarcode, String poolBarcode, String outcome, String ctValue,
                   String resultAt, Long unitId) {
}
