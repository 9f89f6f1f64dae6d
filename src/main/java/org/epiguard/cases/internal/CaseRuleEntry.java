package org.epiguard.cases.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** New versions of the module's dated rules, from a date, by the province (audited). */
@Service
class CaseRuleEntry {

    record RapidTestRuleInput(String effectiveFrom, Boolean confirms, String note) {
    }

    private final AccessContext access;
    private final RapidTestRules rapidTests;
    private final AuditTrail audit;

    CaseRuleEntry(AccessContext access, RapidTestRules rapidTests, AuditTrail audit) {
        this.access = access;
        this.rapidTests = rapidTests;
        this.audit = audit;
    }

    @Transactional
    RapidTestRules.RapidTestRule putRapidTestRule(RapidTestRuleInput input) {
        CurrentUser user = access.currentUser();
        CasesAccess.require(CasesAccess.RULES, user);
        List<CaseProblem> problems = new ArrayList<>();
        var from = CaseFields.pastDate("effectiveFrom", input.effectiveFrom(), problems);
        if (from.isEmpty() && problems.isEmpty()) {
            problems.add(CaseProblem.of("effectiveFrom", "REQUIRED"));
        }
        if (input.confirms() == null) {
            problems.add(CaseProblem.of("confirms", "REQUIRED"));
        }
        InvalidCaseInput.throwIfAny(problems);
        var rule = rapidTests.put(from.orElseThrow(), input.confirms(), input.note());
        audit.record(AuditTrail.Action.CREATE, "cases_rapid_test_rule", rule.id(), null,
                "rapid test rule from " + rule.effectiveFrom(), null,
                Map.of("effectiveFrom", rule.effectiveFrom().toString(), "confirms", rule.confirms()));
        return rule;
    }
}
