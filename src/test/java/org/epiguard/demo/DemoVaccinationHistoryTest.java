package org.epiguard.demo;

import org.epiguard.support.IntegrationTest;
import org.epiguard.vaccination.AgeGroup;
import org.epiguard.vaccination.VaccinationCoverage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The demo province's vaccination history (3,000 people in tests) reaches the coverage of Quảng
 * Ninh's report of 08/02/2022 among its registered people, with the campaign's timing and products.
 */
class DemoVaccinationHistoryTest extends IntegrationTest {

    @Autowired
    VaccinationCoverage coverage;

    /** The people the demo wrote (one load, one transaction: they share its timestamp), not those other tests add. */
    static final String DEMO_PEOPLE = """
            select p.* from people_person p
             where p.created_at = (select created_at from people_person order by id limit 1) and p.household_id is not null""";

    /** Percent of the demo's people of an age group (on 08/02/2022) with at least k doses by then. */
    double share(String ageCondition, int doses) {
        return share(DEMO_PEOPLE, ageCondition, doses);
    }

    /** The same over any set of people (a query returning people_person rows). */
    double share(String people, String ageCondition, int doses) {
        return jdbc.sql("""
                        with demo as (%s), aged as (
                            select d.id, case when d.birth_date is not null then extract(year from age(date '2022-02-08', d.birth_date))::int
                                              else 2022 - d.birth_year end as age
                              from demo d
                        ), counted as (
                            select a.age, (select count(*) from vacc_dose v where v.person_id = a.id and v.dose_date <= date '2022-02-08') as n
                              from aged a
                        )
                        select 100.0 * count(*) filter (where n >= :k) / count(*) from counted where %s"""
                        .formatted(people, ageCondition))
                .param("k", doses).query(Double.class).single();
    }

    @Test
    void by_the_8th_of_february_2022_adults_and_children_reach_the_provincial_figures() {
        assertThat(share("age >= 18", 1)).isCloseTo(99.5, within(1.0));
        assertThat(share("age >= 18", 2)).isCloseTo(96.0, within(1.0));
        assertThat(share("age >= 18", 3)).isCloseTo(85.0, within(1.0));
        assertThat(share("age between 12 and 17", 1)).isCloseTo(99.6, within(1.0));
        assertThat(share("age between 12 and 17", 2)).isCloseTo(96.9, within(1.0));
        assertThat(share("age < 12", 1)).isZero();
    }

    @Test
    void the_coverage_of_the_province_over_its_registered_people_shows_the_same_figures() {
        var adults = coverage.coverage("22", LocalDate.of(2022, 2, 8)).orElseThrow().unit().group(AgeGroup.AGE_18_PLUS);
        assertThat(adults.registered()).isGreaterThan(1500);
        // other tests of the shared database add people of their own: compare over everyone registered
        String registered = "select * from people_person where province_code = '22' and merged_into is null";
        assertThat(adults.percentOfRegistered(2)).isCloseTo(share(registered, "age >= 18", 2), within(1.0));
        assertThat(adults.percentOfPopulation(1)).isLessThan(5.0); // 3,000 registered of a census of 1.3 million
    }

    @Test
    void the_campaign_runs_from_march_2021_with_children_from_november_and_boosters_from_december() {
        Map<String, Object> firsts = jdbc.sql("""
                        select min(v.dose_date) filter (where v.dose_number = 1) as first_dose,
                               min(v.dose_date) filter (where v.dose_number = 3) as first_booster,
                               max(v.dose_date) as last_dose,
                               min(v.dose_date) filter (where v.dose_number = 1 and (2022 - p.birth_year) between 12 and 17
                                                         and p.birth_year >= 2005) as first_child_dose,
                               count(*) filter (where v.site_org_id is null) as without_site,
                               count(*) filter (where o.unit_type <> 'HEALTH_STATION' or o.commune_code <> p.commune_code) as elsewhere
                          from vacc_dose v join (%s) p on p.id = v.person_id
                          left join geo_org_unit o on o.id = v.site_org_id
                         where v.source = 'IMPORT'""".formatted(DEMO_PEOPLE))
                .query().singleRow();
        assertThat(firsts.get("first_dose").toString()).isGreaterThanOrEqualTo("2021-03-08").isLessThan("2021-04-01");
        assertThat(firsts.get("first_booster").toString()).isGreaterThanOrEqualTo("2021-12-01");
        assertThat(firsts.get("last_dose").toString()).isLessThanOrEqualTo("2022-02-08");
        assertThat(firsts.get("first_child_dose").toString()).isGreaterThanOrEqualTo("2021-11-01");
        assertThat(firsts.get("without_site")).isEqualTo(0L);
        assertThat(firsts.get("elsewhere")).isEqualTo(0L);
    }

    @Test
    void doses_follow_the_intervals_of_their_products_and_boosters_come_three_months_after_the_second_dose() {
        long tooEarly = jdbc.sql("""
                        select count(*) from vacc_dose d2
                          join vacc_dose d1 on d1.person_id = d2.person_id and d1.dose_number = d2.dose_number - 1
                          join vacc_product p on p.code = d1.product_code
                         where d2.source = 'IMPORT' and d2.person_id in (select id from (%s) demo)
                           and ((d2.dose_number = 2 and d2.dose_date - d1.dose_date < p.min_interval_days)
                             or (d2.dose_number = 3 and d2.dose_date - d1.dose_date < 90))""".formatted(DEMO_PEOPLE))
                .query(Long.class).single();
        assertThat(tooEarly).isZero();
        Map<String, Object> mix = jdbc.sql("""
                        select count(*) filter (where product_code = 'ASTRAZENECA') as az,
                               count(*) filter (where product_code = 'PFIZER') as pfizer,
                               count(*) filter (where product_code = 'MODERNA') as moderna,
                               count(*) filter (where product_code = 'VERO_CELL') as vero_cell
                          from vacc_dose where source = 'IMPORT' and person_id in (select id from (%s) demo)"""
                        .formatted(DEMO_PEOPLE)).query().singleRow();
        assertThat(mix.values()).allSatisfy(n -> assertThat((Long) n).isGreaterThan(100));
    }

    @Test
    void some_people_are_left_with_no_or_one_dose_for_the_outreach_lists_including_the_old_with_conditions() {
        Map<String, Object> left = jdbc.sql("""
                        with demo as (%s)
                        select count(*) filter (where n = 0) as none, count(*) filter (where n = 1) as one,
                               count(*) filter (where n <= 1 and 2022 - birth_year >= 65 and cardinality(comorbidities) > 0) as old_comorbid,
                               count(*) filter (where n < 2 and occupation = 'HEALTH_WORKER') as health_workers
                          from (select d.*, (select count(*) from vacc_dose v where v.person_id = d.id) as n from demo d
                                 where 2022 - d.birth_year >= 12) x""".formatted(DEMO_PEOPLE))
                .query().singleRow();
        assertThat((Long) left.get("none")).isPositive();
        assertThat((Long) left.get("one")).isPositive();
        assertThat((Long) left.get("old_comorbid")).isPositive();
        assertThat(left.get("health_workers")).isEqualTo(0L);
    }
}
