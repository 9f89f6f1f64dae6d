package org.epiguard.cases;

import java.time.Instant;

/**
 * A confirmed case changed in a way that changes the counts over cases ({@link CaseCounts}) other than by
 * its confirmation ({@link CaseConfirmed}): it died, or its classification (imported, already in
 * quarantine) changed. The counts of the business days of {@code confirmedAt} and of {@code diedAt} (null
 * while alive) may differ. Published in the transaction that changes the case; the codes are those of
 * the person's address, where the case is counted. Aggregate facts for the situation module.
 */
public record CaseCountChanged(long caseId, Instant confirmedAt, Instant diedAt, String provinceCode,
                               String districtCode, String communeCode) {
}
