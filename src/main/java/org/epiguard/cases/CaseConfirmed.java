package org.epiguard.cases;

import java.time.Instant;

/**
 * A case was confirmed (F0): published by the cases module in the transaction that confirms it. The
 * tracing module promotes the person's own contacts (F2 -> F1) and looks for the case's cluster.
 * The administrative codes are those of the case (the person's address when it was opened).
 */
public record CaseConfirmed(long caseId, long personId, Instant confirmedAt, String provinceCode, String districtCode,
                            String communeCode) {
}
