package org.epiguard.cases.internal;

import org.epiguard.cases.CaseLookup;
import org.epiguard.cases.CaseSummary;
import org.springframework.stereotype.Service;

import java.util.Optional;

/** {@link CaseLookup} over cases_case. */
@Service
class CaseLookupQuery implements CaseLookup {

    private final CaseRepository cases;

    CaseLookupQuery(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public Optional<CaseSummary> find(long caseId) {
        return cases.find(caseId).map(CaseLookupQuery::summary);
    }

    @Override
    public Optional<CaseSummary> openCaseOf(long personId) {
        return cases.openCaseOf(personId).map(CaseLookupQuery::summary);
    }

    private static CaseSummary summary(CaseRow c) {
        return new CaseSummary(c.id(), c.personId(), c.status(), c.confirmedAt(), c.location().provinceCode(),
                c.location().districtCode(), c.location().communeCode());
    }
}
