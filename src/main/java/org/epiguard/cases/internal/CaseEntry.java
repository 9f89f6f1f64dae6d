package org.epiguard.cases.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Location;
import org.epiguard.access.ScopeLevel;
import org.epiguard.cases.CaseStatus;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.OrgUnits;
import org.epiguard.people.PeopleDirectory;
import org.epiguard.people.PersonHit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cases by hand: a case entered for a person, the steps of its lifecycle and its classification, each
 * in one transaction with its audit record. A case outside the user's view scope answers 404, a change
 * outside their capture scope 403, and a refused input names its field; nothing is written then.
 */
@Service
class CaseEntry {

    record NewCaseInput(Long personId, String status, String at, String onsetDate, Boolean imported,
                        Boolean foundInQuarantine, Boolean sourceKnown, Long reportingUnitId) {
    }

    record TransitionInput(String to, String at) {
    }

    record ClinicalInput(List<String> symptoms, Integer spo2) {
    }

    record ClassificationInput(Boolean imported, Boolean foundInQuarantine, Boolean sourceKnown) {
    }

    /** The steps a case may take from each status. */
    static final Map<CaseStatus, Set<CaseStatus>> NEXT = Map.of(
            CaseStatus.SUSPECTED, EnumSet.of(CaseStatus.CONFIRMED, CaseStatus.DISCARDED),
            CaseStatus.CONFIRMED, EnumSet.of(CaseStatus.ISOLATED, CaseStatus.RECOVERED, CaseStatus.DIED),
            CaseStatus.ISOLATED, EnumSet.of(CaseStatus.RECOVERED, CaseStatus.DIED),
            CaseStatus.RECOVERED, EnumSet.noneOf(CaseStatus.class),
            CaseStatus.DIED, EnumSet.noneOf(CaseStatus.class),
            CaseStatus.DISCARDED, EnumSet.noneOf(CaseStatus.class));

    private final AccessContext access;
    private final PeopleDirectory people;
    private final GeoDirectory geo;
    private final OrgUnits units;
    private final CaseRepository cases;
    private final CaseJournal journal;
    private final RiskAssessor risk;

    CaseEntry(AccessContext access, PeopleDirectory people, GeoDirectory geo, OrgUnits units, CaseRepository cases,
              CaseJournal journal, RiskAssessor risk) {
        this.access = access;
        this.people = people;
        this.geo = geo;
        this.units = units;
        this.cases = cases;
        this.journal = journal;
        this.risk = risk;
    }

    @Transactional
    long create(NewCaseInput input) {
        CurrentUser user = access.currentUser();
        CasesAccess.require(CasesAccess.ENTRY, user);
        List<CaseProblem> problems = new ArrayList<>();
        if (input.personId() == null) {
            throw InvalidCaseInput.of("personId", "REQUIRED");
        }
        PersonHit person = people.find(user, input.personId()).orElseThrow(CasesAccess::notFound);
        Long unit = input.reportingUnitId() != null ? input.reportingUnitId() : ownUnit(user);
        if (input.reportingUnitId() != null && units.find(input.reportingUnitId()).isEmpty()) {
            problems.add(CaseProblem.of("reportingUnitId", "UNKNOWN_UNIT", input.reportingUnitId()));
        }
        Location where = geo.communeLocation(person.communeCode()).orElseThrow().withUnit(unit);
        access.requireCapture(where);
        String statusText = input.status() == null || input.status().isBlank() ? "CONFIRMED" : input.status();
        Optional<CaseStatus> status = CaseFields.choice(CaseStatus.class, "status", statusText, problems);
        if (status.isPresent() && status.get() != CaseStatus.SUSPECTED && status.get() != CaseStatus.CONFIRMED) {
            problems.add(CaseProblem.of("status", "NOT_OPENING", status.get().name()));
        }
        Optional<Instant> at = CaseFields.pastTime("at", input.at(), true, problems);
        var onset = CaseFields.pastDate("onsetDate", input.onsetDate(), problems);
        if (cases.openCaseOf(person.id()).isPresent()) {
            problems.add(CaseProblem.of("personId", "OPEN_CASE"));
        }
        InvalidCaseInput.throwIfAny(problems);
        boolean confirmed = status.orElseThrow() == CaseStatus.CONFIRMED;
        var draft = new CaseRepository.NewCase(person.id(), status.get(), CaseRow.Origin.MANUAL, null, null,
                confirmed ? null : at.orElseThrow(), confirmed ? at.orElseThrow() : null,
                Boolean.TRUE.equals(input.imported()), Boolean.TRUE.equals(input.foundInQuarantine()),
                input.sourceKnown(), onset.orElse(null), where);
        long id = cases.insert(draft, user.id()).orElseThrow(() -> InvalidCaseInput.of("personId", "OPEN_CASE"));
        journal.created(id, where, "case of person " + person.id() + " entered by hand", CaseOpening.fields(draft));
        risk.assess(id);
        if (confirmed) {
            journal.confirmed(id, person.id(), at.get(), where);
        }
        return id;
    }

    /** The person a user may open a case for (404 outside their view scope, 403 without the role). */
    PersonHit personForNewCase(long personId) {
        CurrentUser user = access.currentUser();
        CasesAccess.require(CasesAccess.ENTRY, user);
        return people.find(user, personId).orElseThrow(CasesAccess::notFound);
    }

    @Transactional
    void transition(long id, TransitionInput input) {
        CaseRow row = lockForChange(id, CasesAccess.ENTRY);
        List<CaseProblem> problems = new ArrayList<>();
        Optional<CaseStatus> to = CaseFields.choice(CaseStatus.class, "to", input.to(), problems);
        if (to.isPresent() && !NEXT.get(row.status()).contains(to.get())) {
            problems.add(CaseProblem.of("to", "NOT_ALLOWED", row.status().name(), to.get().name()));
        }
        Optional<Instant> at = CaseFields.pastTime("at", input.at(), true, problems);
        if (at.isPresent() && row.statusAt() != null && at.get().isBefore(row.statusAt())) {
            problems.add(CaseProblem.of("at", "BEFORE_STEP", CaseFields.show(row.statusAt())));
        }
        InvalidCaseInput.throwIfAny(problems);
        cases.moveTo(id, to.orElseThrow(), at.orElseThrow(), null);
        journal.updated(id, row.location(), "case " + id + " " + row.status() + " -> " + to.get(),
                Map.of("status", row.status().name()), Map.of("status", to.get().name(), "at", at.get().toString()));
        if (to.get() == CaseStatus.CONFIRMED) {
            risk.assess(id);
            journal.confirmed(id, row.personId(), at.get(), row.location());
        } else if (to.get() == CaseStatus.DIED) {
            journal.countChanged(id, row.confirmedAt(), at.get(), row.location());
        }
    }

    @Transactional
    void classify(long id, ClassificationInput input) {
        CaseRow row = lockForChange(id, CasesAccess.COMMUNE);
        List<CaseProblem> problems = new ArrayList<>();
        if (input.imported() == null) {
            problems.add(CaseProblem.of("imported", "REQUIRED"));
        }
        if (input.foundInQuarantine() == null) {
            problems.add(CaseProblem.of("foundInQuarantine", "REQUIRED"));
        }
        InvalidCaseInput.throwIfAny(problems);
        cases.classify(id, input.imported(), input.foundInQuarantine(), input.sourceKnown());
        journal.updated(id, row.location(), "classification of case " + id, classification(row.imported(),
                row.foundInQuarantine(), row.sourceKnown()), classification(input.imported(), input.foundInQuarantine(),
                input.sourceKnown()));
        if (row.confirmedAt() != null && (row.imported() != input.imported()
                || row.foundInQuarantine() != input.foundInQuarantine())) {
            journal.countChanged(id, row.confirmedAt(), row.diedAt(), row.location());
        }
    }

    /** The symptoms and SpO2 of a case; its risk group is worked out again. */
    @Transactional
    void clinical(long id, ClinicalInput input) {
        CaseRow row = lockForChange(id, CasesAccess.ENTRY);
        List<CaseProblem> problems = new ArrayList<>();
        List<String> symptoms = symptoms(input.symptoms(), problems);
        if (input.spo2() != null && (input.spo2() < SPO2_MIN || input.spo2() > 100)) {
            problems.add(CaseProblem.of("spo2", "OUT_OF_RANGE", SPO2_MIN, 100));
        }
        InvalidCaseInput.throwIfAny(problems);
        var before = cases.clinical(id);
        cases.setClinical(id, symptoms, input.spo2());
        journal.updated(id, row.location(), "symptoms and SpO2 of case " + id, before,
                CaseRepository.clinicalMap(symptoms, input.spo2()));
        risk.assess(id);
    }

    static final int SPO2_MIN = 50;

    /** Symptom codes, each known (problems under symptoms[i]), without repeats. */
    static List<String> symptoms(List<String> codes, List<CaseProblem> problems) {
        List<String> out = new ArrayList<>();
        if (codes == null) {
            return out;
        }
        for (int i = 0; i < codes.size(); i++) {
            CaseFields.choice(Symptom.class, "symptoms[" + i + "]", codes.get(i), problems)
                    .map(Symptom::name).filter(s -> !out.contains(s)).ifPresent(out::add);
        }
        return out;
    }

    /**
     * The case, locked, for a change by a user of one of these roles: 404 outside their view scope,
     * 403 outside their capture scope.
     */
    CaseRow lockForChange(long id, Set<org.epiguard.access.Role> roles) {
        CurrentUser user = access.currentUser();
        CasesAccess.require(roles, user);
        CaseRow row = cases.lock(id, user.viewScope()).orElseThrow(CasesAccess::notFound);
        access.requireCapture(row.location());
        return row;
    }

    private static Map<String, Object> classification(boolean imported, boolean foundInQuarantine, Boolean sourceKnown) {
        Map<String, Object> m = new HashMap<>();
        m.put("imported", imported);
        m.put("foundInQuarantine", foundInQuarantine);
        m.put("sourceKnown", sourceKnown);
        return m;
    }

    private static Long ownUnit(CurrentUser user) {
        return user.captureScope().level() == ScopeLevel.UNIT ? Long.valueOf(user.captureScope().code()) : null;
    }
}
