package org.epiguard.isolation.internal;

import org.epiguard.cases.CaseLookup;
import org.epiguard.cases.CaseStatus;
import org.epiguard.cases.CaseSummary;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The confirmed case (F0) a person has open, read through the cases module's public lookup. */
@Component
class ConfirmedCases {

    private final CaseLookup cases;

    ConfirmedCases(CaseLookup cases) {
        this.cases = cases;
    }

    Optional<Long> openConfirmedCaseOf(long personId) {
        return cases.openCaseOf(personId)
                .filter(c -> c.status() == CaseStatus.CONFIRMED || c.status() == CaseStatus.ISOLATED)
                .map(CaseSummary::caseId);
    }
}
