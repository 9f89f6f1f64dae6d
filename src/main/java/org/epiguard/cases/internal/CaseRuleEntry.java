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

    record RiskRuleInput(String effectiveFrom, Integer oldAge, Integer middleAge, Integer spo2HighBelow,
                         Integer spo2VeryHighBelow, String note) {
    }

    record WindowRuleInput(String effectiveFrom, Integer daysBefore, String note) {
    }

    private final AccessContext access;
    private final RapidTestRules rapidTests;
    private final RiskRules riskRules;
    private final WindowRules windowRules;
    private final AuditTrail audit;

    CaseRuleEntry(AccessContext access, RapidTestRules rapidTests, RiskRules riskRules, WindowRules windowRules,
                  AuditTrail audit) {
        this.access = access;
        this.rapidTests = rapidTests;
        this.riskRules = riskRules;
        this.windowRules = windowRules;
        this.audit = audit;
    }

    @Transactional
    WindowRules.WindowRule putWindowRule(WindowRuleInput input) {
        CasesAccess.require(CasesAccess.RULES, access.currentUser());
        List<CaseProblem> problems = new ArrayList<>();
        var from = effectiveFrom(input.effectiveFrom(), problems);
        bounded("daysBefore", input.daysBefore(), 1, 60, problems);
        InvalidCaseInput.throwIfAny(problems);
        var rule = windowRules.put(from.orElseThrow(), input.daysBefore(), input.note());
        audit.record(AuditTrail.Action.CREATE, "cases_window_rule", rule.id(), null,
                "investigation window rule from " + rule.effectiveFrom(), null,
                Map.of("effectiveFrom", rule.effectiveFrom().toString(), "daysBefore", rule.daysBefore()));
        return rule;
    }

    @Transactional
    RiskRules.RiskRule putRiskRule(RiskRuleInput input) {
        CasesAccess.require(CasesAccess.RULES, access.currentUser());
        List<CaseProblem> problems = new ArrayList<>();
        var from = effectiveFrom(input.effectiveFrom(), problems);
        bounded("oldAge", input.oldAge(), 40, 100, problems);
        bounded("middleAge", input.middleAge(), 18, 100, problems);
        bounded("spo2HighBelow", input.spo2HighBelow(), 80, 100, problems);
        bounded("spo2VeryHighBelow", input.spo2VeryHighBelow(), 70, 100, problems);
        if (problems.isEmpty() && input.middleAge() > input.oldAge()) {
            problems.add(CaseProblem.of("middleAge", "ABOVE", input.oldAge()));
        }
        if (problems.isEmpty() && input.spo2VeryHighBelow() > input.spo2HighBelow()) {
            problems.add(CaseProblem.of("spo2VeryHighBelow", "ABOVE", input.spo2HighBelow()));
        }
        InvalidCaseInput.throwIfAny(problems);
        var rule = riskRules.put(from.orElseThrow(), input.oldAge(), input.middleAge(), input.spo2HighBelow(),
                input.spo2VeryHighBelow(), input.note());
        audit.record(AuditTrail.Action.CREATE, "cases_risk_rule", rule.id(), null,
                "risk group rule from " + rule.effectiveFrom(), null,
                Map.of("effectiveFrom", rule.effectiveFrom().toString(), "oldAge", rule.oldAge(),
                        "middleAge", rule.middleAge(), "spo2HighBelow", rule.spo2HighBelow(),
                        "spo2VeryHighBelow", rule.spo2VeryHighBelow()));
        return rule;
    }

    static java.util.Optional<java.time.LocalDate> effectiveFrom(String text, List<CaseProblem> problems) {
        var from = CaseFields.pastDate("effectiveFrom", text, problems);
        if (from.isEmpty() && (text == null || text.isBlank())) {
            problems.add(CaseProblem.of("effectiveFrom", "REQUIRED"));
        }
        return from;
    }

    static void bounded(String field, Integer value, int min, int max, List<CaseProblem> problems) {
        if (value == null) {
            problems.add(CaseProblem.of(field, "REQUIRED"));
        } else if (value < min || value > max) {
            problems.add(CaseProblem.of(field, "OUT_OF_RANGE", min, max));
        }
    }

    @Transactional
    RapidTestRules.RapidTestRule putRapidTestRule(RapidTestRuleInput input) {
        CurrentUser user = access.currentUser();
        CasesAccess.require(CasesAccess.RULES, user);
        List<CaseProblem> problems = new ArrayList<>();
        var from = effectiveFrom(input.effectiveFrom(), problems);
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
