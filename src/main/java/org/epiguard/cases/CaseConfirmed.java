package org.epiguard.cases;

import java.time.Instant;

/**
 * A case was confirmed (an F0): a new case opened by a positive RT-PCR, a suspected case confirmed
 * by a test or by hand, or a case entered confirmed. Published in the transaction that confirms it,
 * so tracing and isolation can start their work. The codes are those of the person's address,
 * where the case is counted.
 */
public record CaseConfirmed(long caseId, long personId, Instant confirmedAt, String provinceCode, String districtCode,
                            String communeCode) {
}
