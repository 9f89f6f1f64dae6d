package org.epiguard.testing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A new version of the pool size rule, from its date on (the province's decision, e.g. smaller pools
 * when an area turns high-risk). Earlier pools keep the maximum they were made under.
 */
@Service
class PoolRuleEntry {

    record PoolRuleInput(String areaRisk, Integer maxMembers, String effectiveFrom, String note) {
    }

    static final int MAX_MEMBERS = 20;
    static final int MAX_NOTE = 200;

    private final AccessContext access;
    private final PoolRules rules;
    private final AuditTrail audit;

    PoolRuleEntry(AccessContext access, PoolRules rules, AuditTrail audit) {
        this.access = access;
        this.rules = rules;
        this.audit = audit;
    }

    List<PoolRules.PoolRule> all() {
        TestingAccess.requireRead(access.currentUser());
        return rules.all();
    }

    @Transactional
    PoolRules.PoolRule add(PoolRuleInput input) {
        TestingAccess.requireRules(access.currentUser());
        List<TestingProblem> problems = new ArrayList<>();
        Optional<AreaRisk> risk = Fields.choice(AreaRisk.class, "areaRisk", input.areaRisk(), problems);
        if (input.maxMembers() == null) {
            problems.add(TestingProblem.of("maxMembers", "REQUIRED"));
        } else if (input.maxMembers() < PoolEntry.MIN_MEMBERS || input.maxMembers() > MAX_MEMBERS) {
            problems.add(TestingProblem.of("maxMembers", "MAX_MEMBERS_RANGE", PoolEntry.MIN_MEMBERS, MAX_MEMBERS));
        }
        Optional<LocalDate> from = Fields.date("effectiveFrom", input.effectiveFrom(), problems);
        if (risk.isPresent() && from.isPresent() && rules.exists(risk.get(), from.get())) {
            problems.add(TestingProblem.of("effectiveFrom", "RULE_EXISTS", Fields.show(from.get())));
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        if (note != null && note.length() > MAX_NOTE) {
            problems.add(TestingProblem.of("note", "TOO_LONG", MAX_NOTE));
        }
        InvalidTestingInput.throwIfAny(problems);
        long id = rules.insert(risk.orElseThrow(), input.maxMembers(), from.orElseThrow(), note);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("areaRisk", risk.get().name());
        after.put("maxMembers", input.maxMembers());
        after.put("effectiveFrom", from.get().toString());
        after.put("note", note);
        audit.record(AuditTrail.Action.CREATE, "testing_pool_rule", id, null, "pool size rule " + risk.get() + " "
                + input.maxMembers() + " from " + from.get(), null, after);
        return rules.all().stream().filter(r -> r.id() == id).findFirst().orElseThrow();
    }
}
