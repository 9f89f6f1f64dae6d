package org.epiguard.cases.internal;

import org.epiguard.access.AuditTrail;
import org.epiguard.vaccination.PersonVaccination;
import org.epiguard.vaccination.VaccinationFacts;
import org.epiguard.vaccination.VaccinationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Works out a case's risk colour by the rule in force on the case's day (the day it was confirmed, or
 * found suspected) from the person's age that day, comorbidities and pregnancy (the registry), their
 * vaccination status that day (the vaccination module) and the case's symptoms and SpO2, and keeps it
 * on the case with the rule used (audited when it changes). Called in the transaction that opens a
 * case or changes its clinical inputs or status.
 */
@Component
class RiskAssessor {

    private final JdbcClient jdbc;
    private final RiskRules rules;
    private final VaccinationFacts vaccination;
    private final AuditTrail audit;

    RiskAssessor(JdbcClient jdbc, RiskRules rules, VaccinationFacts vaccination, AuditTrail audit) {
        this.jdbc = jdbc;
        this.rules = rules;
        this.vaccination = vaccination;
        this.audit = audit;
    }

    private record Inputs(long personId, LocalDate birthDate, int birthYear, boolean comorbid, boolean pregnant,
                          Set<Symptom> symptoms, Integer spo2, String riskGroup, org.epiguard.access.Location where,
                          LocalDate day) {
    }

    RiskGroup assess(long caseId) {
        Inputs in = jdbc.sql("""
                        select c.person_id, p.birth_date, p.birth_year, cardinality(p.comorbidities) > 0 as comorbid,
                               p.pregnant, c.symptoms, c.spo2, c.risk_group, c.province_code, c.district_code,
                               c.commune_code, c.reporting_unit_id,
                               (coalesce(c.confirmed_at, c.suspected_at, now()) at time zone 'Asia/Ho_Chi_Minh')::date as day
                          from cases_case c join people_person p on p.id = c.person_id where c.id = :id""")
                .param("id", caseId)
                .query((rs, i) -> new Inputs(rs.getLong("person_id"), CaseRepository.date(rs, "birth_date"),
                        rs.getInt("birth_year"), rs.getBoolean("comorbid"), rs.getBoolean("pregnant"),
                        symptoms((String[]) rs.getArray("symptoms").getArray()), rs.getObject("spo2", Integer.class),
                        rs.getString("risk_group"),
                        new org.epiguard.access.Location(rs.getString("province_code"), rs.getString("district_code"),
                                rs.getString("commune_code"), rs.getObject("reporting_unit_id", Long.class)),
                        rs.getDate("day").toLocalDate()))
                .single();
        LocalDate day = in.day();
        var rule = rules.inForce(day);
        PersonVaccination v = vaccination.statusOf(in.personId(), day);
        VaccinationStatus status = v == null ? VaccinationStatus.UNVACCINATED : v.status();
        int age = in.birthDate() != null ? Period.between(in.birthDate(), day).getYears() : day.getYear() - in.birthYear();
        RiskGroup group = rule.classify(age, in.comorbid(), in.pregnant(), status, in.symptoms(), in.spo2());
        jdbc.sql("""
                        update cases_case set risk_group = :g, risk_rule_id = :r, risk_assessed_at = :at,
                               vaccination_status = :v where id = :id""")
                .param("g", group.name()).param("r", rule.id()).param("at", Timestamp.from(Instant.now()))
                .param("v", status.name()).param("id", caseId).update();
        if (!group.name().equals(in.riskGroup())) {
            Map<String, Object> after = new HashMap<>();
            after.put("riskGroup", group.name());
            after.put("ruleId", rule.id());
            after.put("age", age);
            after.put("vaccinationStatus", status.name());
            audit.record(AuditTrail.Action.UPDATE, "cases_case", caseId, in.where(), "risk group of case " + caseId,
                    in.riskGroup() == null ? null : Map.of("riskGroup", in.riskGroup()), after);
        }
        return group;
    }

    static Set<Symptom> symptoms(String[] codes) {
        Set<Symptom> set = EnumSet.noneOf(Symptom.class);
        Arrays.stream(codes).map(Symptom::valueOf).forEach(set::add);
        return set;
    }
}
