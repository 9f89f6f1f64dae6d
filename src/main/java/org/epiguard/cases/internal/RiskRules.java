package org.epiguard.cases.internal;

import org.epiguard.vaccination.VaccinationStatus;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The dated rule of the four risk colours (cases_risk_rule): the row in force on the day of an assessment applies. */
@Repository
class RiskRules {

    record RiskRule(long id, LocalDate effectiveFrom, int oldAge, int middleAge, int spo2HighBelow,
                    int spo2VeryHighBelow, String note) {

        /** The colour of a case by this rule. A null vaccination status counts as no dose; a null SpO2 as unmeasured. */
        RiskGroup classify(int age, boolean comorbid, boolean pregnant, VaccinationStatus vaccination,
                           Set<Symptom> symptoms, Integer spo2) {
            boolean fully = vaccination == VaccinationStatus.FULLY_VACCINATED || vaccination == VaccinationStatus.BOOSTED;
            boolean noDose = vaccination == null || vaccination == VaccinationStatus.UNVACCINATED;
            if ((spo2 != null && spo2 < spo2VeryHighBelow) || symptoms.stream().anyMatch(Symptom.SEVERE::contains)) {
                return RiskGroup.RED;
            }
            if ((spo2 != null && spo2 < spo2HighBelow) || symptoms.stream().anyMatch(Symptom.BREATHING::contains)
                    || (age >= oldAge && (comorbid || !fully)) || (comorbid && noDose) || (pregnant && !fully)) {
                return RiskGroup.ORANGE;
            }
            if (age >= middleAge || comorbid || pregnant || !fully) {
                return RiskGroup.YELLOW;
            }
            return RiskGroup.GREEN;
        }
    }

    private static final RowMapper<RiskRule> MAPPER = (rs, i) -> new RiskRule(rs.getLong("id"),
            rs.getDate("effective_from").toLocalDate(), rs.getInt("old_age"), rs.getInt("middle_age"),
            rs.getInt("spo2_high_below"), rs.getInt("spo2_very_high_below"), rs.getString("note"));

    private final JdbcClient jdbc;

    RiskRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The rule in force on the day (before the first version: the first). */
    RiskRule inForce(LocalDate day) {
        return jdbc.sql(DatedRules.inForce("cases_risk_rule"))
                .param("d", Date.valueOf(day)).query(MAPPER).single();
    }

    List<RiskRule> all() {
        return jdbc.sql("select * from cases_risk_rule order by effective_from").query(MAPPER).list();
    }

    RiskRule put(LocalDate from, int oldAge, int middleAge, int spo2HighBelow, int spo2VeryHighBelow, String note) {
        return jdbc.sql("""
                        insert into cases_risk_rule (effective_from, old_age, middle_age, spo2_high_below,
                                                     spo2_very_high_below, note)
                        values (:f, :old, :middle, :high, :veryHigh, :n)
                        on conflict (effective_from) do update set old_age = excluded.old_age,
                            middle_age = excluded.middle_age, spo2_high_below = excluded.spo2_high_below,
                            spo2_very_high_below = excluded.spo2_very_high_below, note = excluded.note
                        returning *""")
                .param("f", Date.valueOf(from)).param("old", oldAge).param("middle", middleAge)
                .param("high", spo2HighBelow).param("veryHigh", spo2VeryHighBelow).param("n", note)
                .query(MAPPER).single();
    }
}
