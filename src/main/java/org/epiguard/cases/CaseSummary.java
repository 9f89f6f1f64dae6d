package org.epiguard.cases;

import java.time.Instant;

/** A case as other modules need it: whose, where it stands, when it was confirmed, where it is counted. */
public record CaseSummary(long caseId, long personId, CaseStatus status, Instant confirmedAt, String provinceCode,
                          String districtCode, String communeCode) {
}
