package org.epiguard.situation.internal;

import org.epiguard.cases.CaseCounts;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.PopulationFacts;
import org.epiguard.vaccination.VaccinationCoverage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost of the levels' clinical inputs in a recompute of the whole country (63 provinces, 705
 * districts, 10,599 communes = 11,367 units) on the test database: one treatment place in every district
 * and 20 F0 in it (14,100 running episodes), read by {@link PlanClinicalInputs} (two SQL reads per province),
 * against the same recompute with every clinical input unknown (what was there before), in the same
 * process, alternating. Each round starts without the figures of the round before (as a new recompute's
 * transaction would). Everything it writes is rolled back. Run with {@code bin/bench PlanClinicalInputsBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("test")
class PlanClinicalInputsBenchmark {

    static final LocalDate ON = LocalDate.of(2022, 2, 20);
    static final int ROUNDS = 5;

    @Autowired
    LevelInputs inputs;
    @Autowired
    PlanClinicalInputs clinical;
    @Autowired
    CaseCounts cases;
    @Autowired
    PopulationFacts populations;
    @Autowired
    VaccinationCoverage coverage;
    @Autowired
    GeoDirectory geo;
    @Autowired
    LevelRecompute recompute;
    @Autowired
    RefreshedInputs refreshed;
    @Autowired
    RuleBook rules;
    @Autowired
    Assessments assessments;
    @Autowired
    SituationSettings settings;
    @Autowired
    JdbcClient jdbc;

    @Test
    @Transactional
    void country_recompute_with_and_without_the_clinical_inputs() {
        jdbc.sql("""
                with u as (
                    insert into geo_org_unit (unit_type, name, province_code, district_code, commune_code)
                    select 'HOSPITAL', 'Bệnh viện đo ' || d.code, d.province_code, d.code,
                           (select min(c.code) from geo_admin_unit c where c.parent_code = d.code)
                      from geo_admin_unit d where d.level = 'DISTRICT'
                       and exists (select 1 from geo_admin_unit c where c.parent_code = d.code)
                    returning id, province_code, district_code, commune_code)
                insert into isolation_treatment_place (unit_id, tier, beds, oxygen_beds, icu_beds, province_code, district_code, commune_code)
                select id, 2, 30, 20, 2, province_code, district_code, commune_code from u""").update();
        int episodes = jdbc.sql("""
                with p as (
                    insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code, no_id)
                    select 'Đo Lường ' || g, 1980, 'M', t.province_code, t.district_code, t.commune_code, true
                      from isolation_treatment_place t, generate_series(1, 20) g
                    returning id, province_code, district_code, commune_code)
                insert into isolation_episode (person_id, kind, rule_id, protected, place, place_unit_id, tier, start_date,
                                               admitted_on, planned_end, monitor_until, test_days, province_code,
                                               district_code, commune_code)
                select p.id, 'CASE_ISOLATION', (select min(id) from isolation_rule where kind = 'CASE_ISOLATION'), false,
                       'HOSPITAL', (select t.unit_id from isolation_treatment_place t where t.district_code = p.district_code limit 1),
                       2, date '2022-02-15', date '2022-02-15', date '2022-02-22', date '2022-02-25', '{}',
                       p.province_code, p.district_code, p.commune_code
                  from p""").update();
        LevelInputs unknown = new LevelInputs(cases, populations, coverage, geo, (unit, date) -> ClinicalInputs.Clinical.UNKNOWN);
        LevelRecompute before = new LevelRecompute(unknown, refreshed, rules, assessments, settings);
        long[] without = new long[ROUNDS];
        long[] with = new long[ROUNDS];
        long[] gatherWithout = new long[ROUNDS];
        long[] gatherWith = new long[ROUNDS];
        int units = 0;
        for (int round = -1; round < ROUNDS; round++) {
            TransactionSynchronizationManager.unbindResourceIfPossible(clinical);
            var a = before.recompute(ON, null);
            TransactionSynchronizationManager.unbindResourceIfPossible(clinical);
            var b = recompute.recompute(ON, null);
            units = b.units();
            assertThat(a.units()).isEqualTo(b.units());
            if (round >= 0) {
                without[round] = a.millis();
                with[round] = b.millis();
                gatherWithout[round] = a.inputMillis();
                gatherWith[round] = b.inputMillis();
            }
        }
        Long oxygen = jdbc.sql("select (inputs ->> 'oxygenCases')::bigint from situation_assessment where unit_level = 'PROVINCE' "
                + "and on_date = :d and unit_code = '22'").param("d", java.sql.Date.valueOf(ON)).query(Long.class).single();
        assertThat(oxygen).isGreaterThanOrEqualTo(20);
        System.out.printf(Locale.ROOT, "BENCH country recompute on %s: %,d units, %,d running F0 episodes in %,d treatment places%n",
                ON, units, episodes, jdbc.sql("select count(*) from isolation_treatment_place").query(Long.class).single());
        System.out.printf(Locale.ROOT, "BENCH   clinical inputs unknown: recompute median %,d ms (inputs %,d ms)%n",
                median(without), median(gatherWithout));
        System.out.printf(Locale.ROOT, "BENCH   clinical inputs read   : recompute median %,d ms (inputs %,d ms)%n",
                median(with), median(gatherWith));
        System.out.printf(Locale.ROOT, "BENCH   ratio with/without: %.2f (inputs %.2f)%n",
                (double) median(with) / median(without), (double) median(gatherWith) / median(gatherWithout));
    }

    static long median(long[] xs) {
        long[] s = xs.clone();
        java.util.Arrays.sort(s);
        return s[s.length / 2];
    }
}
