package org.epiguard.isolation.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.people.PeopleDirectory;
import org.epiguard.people.PersonHit;
import org.epiguard.vaccination.VaccinationFacts;
import org.epiguard.vaccination.VaccinationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an F0 may be treated at home on a date, by the decision in force (Decision 4038/QĐ-BYT of 2021
 * with its age, vaccination, pregnancy and comorbidity gates; 261/QĐ-BYT of 2022 without them), with each
 * reason: the clinical gates (asymptomatic or mild, SpO2 and breathing rate within the rule) always apply.
 */
@Service
class HomeTreatment {

    private final AccessContext access;
    private final PeopleDirectory people;
    private final VaccinationFacts vaccination;
    private final IsolationRules rules;
    private final JdbcClient jdbc;

    HomeTreatment(AccessContext access, PeopleDirectory people, VaccinationFacts vaccination, IsolationRules rules,
                  JdbcClient jdbc) {
        this.access = access;
        this.people = people;
        this.vaccination = vaccination;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    record Reason(String code, List<Object> args) {
    }

    record Eligibility(long personId, LocalDate on, boolean eligible, String decision, List<Reason> reasons) {
    }

    record Assessment(Long personId, String on, String severity, Integer spo2, Integer breathingRate) {
    }

    Eligibility assess(Assessment in) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.READ, user);
        if (in.personId() == null) {
            throw InvalidIsolationInput.of("personId", "REQUIRED");
        }
        PersonHit person = people.find(user, in.personId()).orElseThrow(IsolationAccess::notFound);
        List<IsolationProblem> problems = new ArrayList<>();
        LocalDate on = IsolationDates.required("on", in.on(), true, problems);
        String severity = in.severity() == null || in.severity().isBlank() ? null : in.severity().strip().toUpperCase();
        if (severity == null) {
            problems.add(IsolationProblem.of("severity", "REQUIRED"));
        } else if (!List.of("ASYMPTOMATIC", "MILD", "MODERATE", "SEVERE").contains(severity)) {
            problems.add(IsolationProblem.of("severity", "BAD_VALUE", in.severity()));
        }
        if (in.spo2() != null) {
            Fields.intIn("spo2", in.spo2(), 50, 100, false, problems);
        }
        if (in.breathingRate() != null) {
            Fields.intIn("breathingRate", in.breathingRate(), 5, 80, false, problems);
        }
        InvalidIsolationInput.throwIfAny(problems);
        IsolationRule rule = rules.inForce(EpisodeKind.CASE_ISOLATION, on, false)
                .orElseThrow(() -> InvalidIsolationInput.of("on", "NO_RULE", IsolationDates.show(on)));
        List<Reason> reasons = new ArrayList<>();
        if (rule.homeTreatmentSource() == null) {
            reasons.add(new Reason("NO_HOME_TREATMENT", List.of(rule.source())));
            return new Eligibility(person.id(), on, false, rule.source(), reasons);
        }
        if (!severity.equals("ASYMPTOMATIC") && !severity.equals("MILD")) {
            reasons.add(new Reason("NOT_MILD", List.of(severity)));
        }
        if (in.spo2() != null && in.spo2() < rule.spo2Min()) {
            reasons.add(new Reason("SPO2_LOW", List.of(in.spo2(), rule.spo2Min())));
        }
        if (in.breathingRate() != null && in.breathingRate() > rule.breathingMax()) {
            reasons.add(new Reason("BREATHING_FAST", List.of(in.breathingRate(), rule.breathingMax())));
        }
        int age = person.birthDate() != null ? Period.between(person.birthDate(), on).getYears()
                : on.getYear() - person.birthYear();
        if (rule.homeMinAge() != null && age < rule.homeMinAge()) {
            reasons.add(new Reason("TOO_YOUNG", List.of(age, rule.homeMinAge())));
        }
        if (rule.homeMaxAge() != null && age > rule.homeMaxAge()) {
            VaccinationStatus status = vaccination.statusOf(person.id(), on).status();
            boolean full = status == VaccinationStatus.FULLY_VACCINATED || status == VaccinationStatus.BOOSTED;
            if (!(rule.homeOlderIfVaccinated() && full)) {
                reasons.add(new Reason(rule.homeOlderIfVaccinated() ? "TOO_OLD_UNVACCINATED" : "TOO_OLD",
                        List.of(age, rule.homeMaxAge())));
            }
        }
        var health = jdbc.sql("select pregnant, cardinality(comorbidities) from people_person where id = :p")
                .param("p", person.id()).query((rs, i) -> new boolean[] {rs.getBoolean(1), rs.getInt(2) > 0}).single();
        if (rule.homeExcludesPregnant() && health[0]) {
            reasons.add(new Reason("PREGNANT", List.of()));
        }
        if (rule.homeExcludesComorbid() && health[1]) {
            reasons.add(new Reason("COMORBIDITY", List.of()));
        }
        boolean eligible = reasons.isEmpty();
        if (eligible) {
            reasons.add(new Reason("ELIGIBLE", List.of(rule.homeTreatmentSource())));
        }
        return new Eligibility(person.id(), on, eligible, rule.homeTreatmentSource(), reasons);
    }
}
