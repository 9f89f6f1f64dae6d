package org.epiguard.cases.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.geo.OrgUnits;
import org.epiguard.people.PeopleDirectory;
import org.epiguard.people.PersonHit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case investigation form: read with its window and the registry's household members to pre-fill,
 * and saved whole (it replaces the previous one), with onset and symptoms kept on the case (the risk
 * group is worked out again). Places and people must fall in the window: from the rule's number of
 * days before onset (or, without onset, before the case's day) to the case's day. Audited.
 */
@Service
class InvestigationEntry {

    record PlaceInput(String visitedOn, String place, Long unitId, String communeCode, String note) {
    }

    record PersonInput(String metOn, Long personId, String fullName, Integer birthYear, String phone, String relation,
                       String place) {
    }

    record InvestigationInput(String onsetDate, List<String> symptoms, String workplace, Long workplaceUnitId,
                              String notes, List<PlaceInput> places, List<PersonInput> peopleMet,
                              List<PersonInput> household) {
    }

    /** What the form page and the API show: the form as saved (null before the first), its window, the registry's household. */
    record InvestigationView(long caseId, Investigation form, LocalDate windowFrom, LocalDate windowTo,
                             int windowDays, List<Investigation.Person> registryHousehold) {
    }

    private record Window(LocalDate from, LocalDate to, WindowRules.WindowRule rule) {
    }

    private final AccessContext access;
    private final CaseRepository cases;
    private final InvestigationRepository forms;
    private final WindowRules windows;
    private final PeopleDirectory people;
    private final OrgUnits units;
    private final RiskAssessor risk;
    private final AuditTrail audit;
    private final CaseEntry caseEntry;

    InvestigationEntry(AccessContext access, CaseRepository cases, InvestigationRepository forms, WindowRules windows,
                       PeopleDirectory people, OrgUnits units, RiskAssessor risk, AuditTrail audit, CaseEntry caseEntry) {
        this.access = access;
        this.cases = cases;
        this.forms = forms;
        this.windows = windows;
        this.people = people;
        this.units = units;
        this.risk = risk;
        this.audit = audit;
        this.caseEntry = caseEntry;
    }

    InvestigationView view(long caseId) {
        CurrentUser user = access.currentUser();
        CasesAccess.require(CasesAccess.READ, user);
        CaseRow c = cases.find(caseId, user.viewScope()).orElseThrow(CasesAccess::notFound);
        Window w = window(c, c.onsetDate());
        return new InvestigationView(caseId, forms.find(c).orElse(null), w.from(), w.to(), w.rule().daysBefore(),
                forms.householdOf(c.personId(), user.viewScope()));
    }

    @Transactional
    void save(long caseId, InvestigationInput input) {
        CaseRow c = caseEntry.lockForChange(caseId, CasesAccess.ENTRY);
        CurrentUser user = access.currentUser();
        List<CaseProblem> problems = new ArrayList<>();
        LocalDate onset = CaseFields.pastDate("onsetDate", input.onsetDate(), problems).orElse(null);
        List<String> symptoms = CaseEntry.symptoms(input.symptoms(), problems);
        if (input.workplaceUnitId() != null && units.find(input.workplaceUnitId()).isEmpty()) {
            problems.add(CaseProblem.of("workplaceUnitId", "UNKNOWN_UNIT", input.workplaceUnitId()));
        }
        Window w = window(c, onset);
        List<Investigation.Place> places = places(input.places(), w, problems);
        List<Investigation.Person> met = people("peopleMet", input.peopleMet(), w, user, problems);
        List<Investigation.Person> household = people("household", input.household(), null, user, problems);
        InvalidCaseInput.throwIfAny(problems);
        var form = new Investigation(caseId, onset, symptoms, blankToNull(input.workplace()), input.workplaceUnitId(),
                blankToNull(input.notes()), w.from(), w.to(), null, places, met, household);
        Map<String, Object> before = new HashMap<>();
        forms.find(c).ifPresent(old -> before.put("form", old));
        forms.save(caseId, form, w.rule().id(), user.id());
        cases.setOnsetAndSymptoms(caseId, onset, symptoms);
        risk.assess(caseId);
        audit.record(before.isEmpty() ? AuditTrail.Action.CREATE : AuditTrail.Action.UPDATE, "cases_investigation",
                caseId, c.location(), "investigation of case " + caseId + ": " + places.size() + " places, "
                        + met.size() + " people met, " + household.size() + " household members",
                before.isEmpty() ? null : before, Map.of("form", form));
    }

    /** From the rule's days before the reference day (onset, else the case's day) to the case's day. */
    private Window window(CaseRow c, LocalDate onset) {
        LocalDate caseDay = CaseFields.dayOf(c.confirmedAt() != null ? c.confirmedAt()
                : c.suspectedAt() != null ? c.suspectedAt() : c.createdAt());
        LocalDate reference = onset != null ? onset : caseDay;
        WindowRules.WindowRule rule = windows.inForce(reference);
        LocalDate to = reference.isAfter(caseDay) ? reference : caseDay;
        return new Window(reference.minusDays(rule.daysBefore()), to, rule);
    }

    private static boolean inWindow(LocalDate day, Window w) {
        return !day.isBefore(w.from()) && !day.isAfter(w.to());
    }

    private Optional<LocalDate> dayInWindow(String field, String text, Window w, List<CaseProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(CaseProblem.of(field, "REQUIRED"));
            return Optional.empty();
        }
        Optional<LocalDate> day = CaseFields.pastDate(field, text, problems);
        if (day.isPresent() && !inWindow(day.get(), w)) {
            problems.add(CaseProblem.of(field, "OUTSIDE_WINDOW", CaseFields.show(w.from()), CaseFields.show(w.to())));
            return Optional.empty();
        }
        return day;
    }

    private List<Investigation.Place> places(List<PlaceInput> inputs, Window w, List<CaseProblem> problems) {
        List<Investigation.Place> out = new ArrayList<>();
        for (int i = 0; inputs != null && i < inputs.size(); i++) {
            PlaceInput p = inputs.get(i);
            String at = "places[" + i + "].";
            Optional<LocalDate> day = dayInWindow(at + "visitedOn", p.visitedOn(), w, problems);
            if (blankToNull(p.place()) == null && p.unitId() == null) {
                problems.add(CaseProblem.of(at + "place", "REQUIRED"));
            }
            if (p.unitId() != null && units.find(p.unitId()).isEmpty()) {
                problems.add(CaseProblem.of(at + "unitId", "UNKNOWN_UNIT", p.unitId()));
            }
            String commune = blankToNull(p.communeCode());
            if (commune != null && !commune.matches("\\d{5}")) {
                problems.add(CaseProblem.of(at + "communeCode", "UNKNOWN_VALUE", commune));
            }
            day.ifPresent(d -> out.add(new Investigation.Place(d, blankToNull(p.place()), p.unitId(), null, commune,
                    blankToNull(p.note()))));
        }
        return out;
    }

    /** People met (each on a day in the window) or household members (window null). */
    private List<Investigation.Person> people(String list, List<PersonInput> inputs, Window w, CurrentUser user,
                                              List<CaseProblem> problems) {
        List<Investigation.Person> out = new ArrayList<>();
        for (int i = 0; inputs != null && i < inputs.size(); i++) {
            PersonInput p = inputs.get(i);
            String at = list + "[" + i + "].";
            int before = problems.size();
            LocalDate met = w == null ? null : dayInWindow(at + "metOn", p.metOn(), w, problems).orElse(null);
            PersonHit known = null;
            if (p.personId() != null) {
                known = people.find(user, p.personId()).orElse(null);
                if (known == null) {
                    problems.add(CaseProblem.of(at + "personId", "UNKNOWN_PERSON", p.personId()));
                }
            }
            String name = blankToNull(p.fullName());
            if (name == null && known != null) {
                name = known.fullName();
            }
            if (name == null && p.personId() == null) {
                problems.add(CaseProblem.of(at + "fullName", "REQUIRED"));
            }
            int thisYear = CaseFields.today().getYear();
            if (p.birthYear() != null && (p.birthYear() < 1890 || p.birthYear() > thisYear)) {
                problems.add(CaseProblem.of(at + "birthYear", "OUT_OF_RANGE", 1890, thisYear));
            }
            String phone = phone(p.phone());
            if (phone != null && !phone.matches("0\\d{9}")) {
                problems.add(CaseProblem.of(at + "phone", "BAD_PHONE", p.phone()));
            }
            if (problems.size() == before) {
                out.add(new Investigation.Person(met, p.personId(), name, p.birthYear() != null ? p.birthYear()
                        : known == null ? null : known.birthYear(), phone != null ? phone : known == null ? null : known.phone(),
                        blankToNull(p.relation()), blankToNull(p.place())));
            }
        }
        return out;
    }

    /** A phone in its 0xxxxxxxxx form from +84 / 84 / 0 forms with spaces or dots; null when blank. */
    static String phone(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String digits = text.replaceAll("[\\s.()-]", "");
        if (digits.startsWith("+84")) {
            digits = "0" + digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() == 11) {
            digits = "0" + digits.substring(2);
        }
        return digits;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
