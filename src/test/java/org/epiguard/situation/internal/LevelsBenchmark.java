package org.epiguard.situation.internal;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.epiguard.support.Timings.median;
import static org.epiguard.support.Timings.show;
import static org.epiguard.support.Timings.times;

/**
 * The epidemic levels of the whole country and of one province from the raw records, and the incremental
 * refresh of a province after an import, in one run on the full demo Quảng Ninh (1,320,324 people and
 * their doses): the bench database plus, inside the test's transaction (rolled back), a synthetic
 * population for the communes outside Quảng Ninh and two weeks of a national peak - 26,220 confirmed
 * cases a day spread over every commune of the country - then 3,000 more cases of Quảng Ninh on the
 * last day (an upload). Each refreshed result is checked against a full recompute of the same day.
 * Run with {@code bin/bench LevelsBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("bench")
class LevelsBenchmark {

    static final LocalDate DAY = LocalDate.of(2022, 2, 14);
    static final int PEAK_PER_DAY = 26_220;
    static final int UPLOAD = 3_000;
    static final String PROVINCE = "22";

    @Autowired
    LevelRecompute recompute;

    @Autowired
    Assessments assessments;

    @Autowired
    JdbcClient jdbc;

    @Test
    @Transactional
    void levels_of_the_country_and_of_a_province_from_raw_records_and_after_an_import() {
        long people = jdbc.sql("select count(*) from people_person where province_code = '22'").query(Long.class).single();
        assertThat(people).as("the full demo province is loaded").isGreaterThanOrEqualTo(1_320_324L);
        long t0 = System.nanoTime();
        jdbc.sql("""
                insert into geo_population (unit_code, total, age_0_4, age_5_11, age_12_17, age_18_49, age_50_64,
                                            age_65_plus, source)
                select code, t, t * 78 / 1000, t * 115 / 1000, t * 85 / 1000,
                       t - t * 78 / 1000 - t * 115 / 1000 - t * 85 / 1000 - t * 155 / 1000 - t * 77 / 1000,
                       t * 155 / 1000, t * 77 / 1000, 'benchmark (synthetic)'
                  from (select code, 3000 + (hashtext(code) & 16383) as t from geo_admin_unit
                         where level = 'COMMUNE' and code not in (select unit_code from geo_population)) c""").update();
        long cases = peak(14 * PEAK_PER_DAY, DAY.minusDays(13), 14, 0);
        jdbc.sql("analyze cases_case").update();
        jdbc.sql("analyze geo_population").update();
        double setup = (System.nanoTime() - t0) / 1e9;

        recompute.recompute(DAY, PROVINCE); // warm-up
        List<Double> country = times(3, () -> recompute.recompute(DAY, null));
        List<Double> province = times(5, () -> recompute.recompute(DAY, PROVINCE));
        LevelRecompute.Result whole = recompute.recompute(DAY, null);

        long added = peak(UPLOAD, DAY, 1, 1);
        List<Double> afterCases = times(10, () -> recompute.refresh(DAY, PROVINCE, Set.of()));
        List<Assessment> refreshed = assessments.ofProvince(PROVINCE, DAY);
        String district = jdbc.sql("select code from geo_admin_unit where parent_code = '22' order by code limit 1")
                .query(String.class).single();
        List<String> communes = jdbc.sql("select code from geo_admin_unit where parent_code = :d order by code")
                .param("d", district).query(String.class).list();
        List<Double> afterCommuneDoses = times(5, () -> recompute.refresh(DAY, PROVINCE, Set.of(communes.get(0))));
        List<Assessment> refreshedCommune = assessments.ofProvince(PROVINCE, DAY);
        List<Double> afterDistrictDoses = times(5, () -> recompute.refresh(DAY, PROVINCE, Set.copyOf(communes)));
        List<Assessment> refreshedDistrict = assessments.ofProvince(PROVINCE, DAY);
        recompute.recompute(DAY, PROVINCE);
        List<Assessment> full = assessments.ofProvince(PROVINCE, DAY);
        assertThat(refreshed).usingRecursiveFieldByFieldElementComparator().containsExactlyInAnyOrderElementsOf(full);
        assertThat(refreshedCommune).usingRecursiveFieldByFieldElementComparator().containsExactlyInAnyOrderElementsOf(full);
        assertThat(refreshedDistrict).usingRecursiveFieldByFieldElementComparator().containsExactlyInAnyOrderElementsOf(full);
        long provinceUnits = full.size();
        long provinceCases = full.stream().filter(a -> a.unitCode().equals(PROVINCE)).findFirst().orElseThrow()
                .inputs().newCases();

        System.out.printf(Locale.ROOT, "BENCH levels on %s: %,d people and their doses in the registry (Quảng Ninh's), "
                        + "%,d confirmed cases over 14 days in every commune of the country, then %,d more in Quảng Ninh; "
                        + "setup %.0f s (rolled back)%n", DAY, people, cases, added, setup);
        System.out.printf(Locale.ROOT, "| the whole country from raw records (%,d units) | %s | inputs %,d ms of %,d ms |%n",
                whole.units(), show(country), whole.inputMillis(), whole.millis());
        System.out.printf(Locale.ROOT, "| Quảng Ninh from raw records (%,d units, %,d cases in the week) | %s | 1× |%n",
                provinceUnits, provinceCases, show(province));
        System.out.printf(Locale.ROOT, "| Quảng Ninh refreshed after %,d new cases (stored inputs + the week's cases) | %s | %.0f× faster |%n",
                added, show(afterCases), median(province) / median(afterCases));
        System.out.printf(Locale.ROOT, "| Quảng Ninh refreshed after doses in one commune (%s: + its coverage) | %s | %.0f× faster |%n",
                communes.get(0), show(afterCommuneDoses), median(province) / median(afterCommuneDoses));
        System.out.printf(Locale.ROOT, "| Quảng Ninh refreshed after doses in all %d communes of district %s (+ %s) | %s | %.1f× faster |%n",
                communes.size(), district, communes.size() > RefreshedInputs.COMMUNE_READS ? "the province's coverage"
                        : "each commune's coverage", show(afterDistrictDoses), median(province) / median(afterDistrictDoses));
        System.out.printf(Locale.ROOT, "BENCH refreshed assessments equal a full recompute for all %,d units of Quảng Ninh%n",
                provinceUnits);
    }

    /**
     * {@code count} confirmed cases over {@code days} days from {@code first} (10:00 local, community), people of
     * Quảng Ninh without a case as the persons, spread over the communes: every commune of the country, or
     * ({@code onlyProvince} = 1) Quảng Ninh's only.
     */
    long peak(int count, LocalDate first, int days, int onlyProvince) {
        return jdbc.sql("""
                        with c as (select code, district_code, province_code, row_number() over (order by code) - 1 as j
                                     from geo_admin_unit
                                    where level = 'COMMUNE' and (:only = 0 or province_code = '22')),
                             n as (select count(*) as n from c),
                             p as (select id, row_number() over (order by id) - 1 as i
                                     from people_person pp
                                    where province_code = '22' and merged_into is null
                                      and not exists (select 1 from cases_case k where k.person_id = pp.id)
                                    limit :count)
                        insert into cases_case (person_id, status, origin, confirmed_at, imported, found_in_quarantine,
                                                province_code, district_code, commune_code)
                        select p.id, 'CONFIRMED', 'MANUAL',
                               (cast(:first as date) + (p.i % :days) * interval '1 day' + interval '10 hours')
                                   at time zone 'Asia/Ho_Chi_Minh',
                               false, p.i % 10 = 0, c.province_code, c.district_code, c.code
                          from p, n join c on true
                         where c.j = (p.i * 7919) % n.n""")
                .param("only", onlyProvince).param("count", count).param("first", first).param("days", days).update();
    }
}
