package org.epiguard.vaccination.internal;

import org.epiguard.geo.AdminUnit;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.geo.PopulationFacts;
import org.epiguard.vaccination.AgeGroup;
import org.epiguard.vaccination.CoverageReport;
import org.epiguard.vaccination.GroupCoverage;
import org.epiguard.vaccination.UnitCoverage;
import org.epiguard.vaccination.VaccinationCoverage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.transaction.AfterTransaction;
import org.springframework.test.context.transaction.BeforeTransaction;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coverage of every commune of the country (10,599) on one date, through the module's facade
 * ({@link VaccinationCoverage}), on a national registry: the full demo Quảng Ninh (1,320,324 people
 * with their doses) plus a copy of its people and their doses spread round-robin over the 10,422
 * communes of the other 62 provinces, and a synthetic population by age band for those communes
 * (the demo has figures for Quảng Ninh only). Compared in the same run with a per-commune loop of the
 * same registry query, and with {@code vacc_status_on} per commune (on a sample, extrapolated).
 *
 * <p>Everything the benchmark adds is written inside the test's transaction, which is rolled back:
 * the bench database is left as found (sequences reset, the two tables vacuumed afterwards). Run with
 * {@code bin/bench CoverageBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("bench")
class CoverageBenchmark {

    static final LocalDate ON = LocalDate.of(2022, 3, 31);
    static final int STATUS_SAMPLE = 3;

    @Autowired
    VaccinationCoverage coverage;

    @Autowired
    RegistryCoverageCounts counts;

    @Autowired
    PopulationFacts population;

    @Autowired
    GeoDirectory geo;

    @Autowired
    JdbcClient jdbc;

    Map<String, Object> personSeq;
    Map<String, Object> doseSeq;

    @BeforeTransaction
    void rememberSequences() {
        personSeq = jdbc.sql("select last_value, is_called from people_person_id_seq").query().singleRow();
        doseSeq = jdbc.sql("select last_value, is_called from vacc_dose_id_seq").query().singleRow();
    }

    @AfterTransaction
    void leaveAsFound() {
        jdbc.sql("select setval('people_person_id_seq', :v, :c)").param("v", personSeq.get("last_value"))
                .param("c", personSeq.get("is_called")).query(Long.class).single();
        jdbc.sql("select setval('vacc_dose_id_seq', :v, :c)").param("v", doseSeq.get("last_value"))
                .param("c", doseSeq.get("is_called")).query(Long.class).single();
        jdbc.sql("vacuum analyze people_person").update();
        jdbc.sql("vacuum analyze vacc_dose").update();
        assertThat(jdbc.sql("select count(*) from people_person where province_code <> '22'").query(Long.class).single())
                .as("rolled back").isLessThan(1_000);
    }

    @Test
    @Transactional
    void coverage_of_every_commune_of_the_country() {
        long demoPeople = jdbc.sql("select count(*) from people_person where province_code = '22'").query(Long.class).single();
        assertThat(demoPeople).as("the full demo province is loaded").isGreaterThanOrEqualTo(1_320_324L);

        long t0 = System.nanoTime();
        int populated = jdbc.sql("""
                        insert into geo_population (unit_code, total, age_0_4, age_5_11, age_12_17, age_18_49, age_50_64,
                                                    age_65_plus, source)
                        select code, t, t * 78 / 1000, t * 115 / 1000, t * 85 / 1000,
                               t - t * 78 / 1000 - t * 115 / 1000 - t * 85 / 1000 - t * 155 / 1000 - t * 77 / 1000,
                               t * 155 / 1000, t * 77 / 1000, 'benchmark (synthetic)'
                          from (select code, 3000 + (hashtext(code) & 16383) as t from geo_admin_unit
                                 where level = 'COMMUNE' and code not in (select unit_code from geo_population)) c""")
                .update();
        jdbc.sql("""
                create temp table bench_copy on commit drop as
                select d.id as old_id, nextval('people_person_id_seq') as new_id, c.code, c.district_code, c.province_code
                  from (select id, row_number() over (order by id) as i from people_person
                         where province_code = '22' and merged_into is null) d
                  join (select code, district_code, province_code, row_number() over (order by code) - 1 as j
                          from geo_admin_unit where level = 'COMMUNE' and province_code <> '22') c
                    on c.j = d.i % (select count(*) from geo_admin_unit where level = 'COMMUNE' and province_code <> '22')""")
                .update();
        long copied = jdbc.sql("""
                        insert into people_person (id, full_name, birth_year, birth_date, sex, province_code, district_code,
                                                   commune_code, no_id)
                        select b.new_id, p.full_name, p.birth_year, p.birth_date, p.sex, b.province_code, b.district_code,
                               b.code, true
                          from bench_copy b join people_person p on p.id = b.old_id""").update();
        long copiedDoses = jdbc.sql("""
                        insert into vacc_dose (person_id, product_code, lot, dose_date, dose_number, province_code,
                                               district_code, commune_code, source)
                        select b.new_id, v.product_code, v.lot, v.dose_date, v.dose_number, b.province_code,
                               b.district_code, b.code, 'IMPORT'
                          from bench_copy b join vacc_dose v on v.person_id = b.old_id""").update();
        jdbc.sql("analyze people_person").update();
        jdbc.sql("analyze vacc_dose").update();
        jdbc.sql("analyze geo_population").update();
        double setup = (System.nanoTime() - t0) / 1e9;
        long people = jdbc.sql("select count(*) from people_person where merged_into is null").query(Long.class).single();
        long doses = jdbc.sql("select count(*) from vacc_dose").query(Long.class).single();
        long communesWithPeople = jdbc.sql("select count(distinct commune_code) from people_person").query(Long.class).single();
        List<AdminUnit> districts = new ArrayList<>();
        geo.provinces().forEach(p -> districts.addAll(geo.children(p.code())));
        long communes = jdbc.sql("select count(*) from geo_admin_unit where level = 'COMMUNE'").query(Long.class).single();

        // warm-up: one province's districts
        geo.children("22").forEach(d -> coverage.coverage(d.code(), ON));

        long a0 = System.nanoTime();
        List<UnitCoverage> all = coverage.allCommunes(ON);
        double national = (System.nanoTime() - a0) / 1e9;
        assertThat(all).hasSize((int) communes);

        long f0 = System.nanoTime();
        Map<String, UnitCoverage> byFacade = new HashMap<>();
        for (AdminUnit district : districts) {
            for (UnitCoverage c : coverage.coverage(district.code(), ON).orElseThrow().parts()) {
                byFacade.put(c.code(), c);
            }
        }
        double facade = (System.nanoTime() - f0) / 1e9;
        assertThat(byFacade).hasSize((int) communes);
        int sameNational = 0;
        for (UnitCoverage c : all) {
            if (c.equals(byFacade.get(c.code()))) {
                sameNational++;
            }
        }

        long l0 = System.nanoTime();
        Map<String, List<GroupCoverage>> byLoop = new HashMap<>();
        List<GroupCoverage> nobody = java.util.Arrays.stream(AgeGroup.values()).map(GroupCoverage::none).toList();
        // every 20th commune (530 of them): the loop is measured on them and extrapolated
        List<String> communeCodes = byFacade.keySet().stream().sorted().filter(c -> c.hashCode() % 20 == 0).toList();
        for (String code : communeCodes) {
            var registry = counts.count(RegistryCoverageCounts.Area.COMMUNE, code, RegistryCoverageCounts.PartBy.COMMUNE, ON);
            var pop = population.population(code).orElse(null);
            byLoop.put(code, registry.getOrDefault(code, nobody).stream()
                    .map(g -> g.withPopulation(CoverageCalculator.band(pop, g.group()))).toList());
        }
        double loop = (System.nanoTime() - l0) / 1e9 * communes / communeCodes.size();
        int same = 0;
        for (String code : communeCodes) {
            if (byLoop.get(code).equals(byFacade.get(code).groups())) {
                same++;
            }
        }

        List<String> sample = communeCodes.stream().sorted().filter(c -> c.hashCode() % 7 == 0).limit(STATUS_SAMPLE).toList();
        long s0 = System.nanoTime();
        for (String code : sample) {
            jdbc.sql("""
                            select count(*) filter (where s.doses >= 1), count(*) filter (where s.doses >= 2),
                                   count(*) filter (where s.doses >= 3)
                              from people_person p join vacc_status_on(cast(:on as date)) s on s.person_id = p.id
                             where p.commune_code = :c and p.merged_into is null""")
                    .param("on", Date.valueOf(ON)).param("c", code).query().singleRow();
        }
        double perStatus = (System.nanoTime() - s0) / 1e9 / sample.size();

        UnitCoverage halong = byFacade.get(geo.children("193").getFirst().code());
        System.out.printf(Locale.ROOT, "BENCH coverage of all %,d communes on %s: registry of %,d people (%,d in Quảng Ninh, "
                        + "%,d copied over the other provinces' communes), %,d doses; %,d communes with registered people; "
                        + "%,d synthetic commune population rows; setup %.0f s (rolled back afterwards)%n",
                communes, ON, people, demoPeople, copied, doses, communesWithPeople, populated, setup);
        System.out.println("| approach | seconds for all communes | ratio |");
        System.out.println("|---|---:|---:|");
        System.out.printf(Locale.ROOT, "| **VaccinationCoverage.allCommunes (one national registry query)** | %.1f | 1× |%n",
                national);
        System.out.printf(Locale.ROOT, "| VaccinationCoverage.coverage, once per district (%d calls) | %.1f | %.1f× |%n",
                districts.size(), facade, facade / national);
        System.out.printf(Locale.ROOT, "| the same registry query and population lookup once per commune (%,d communes measured, extrapolated) | %.1f | %.0f× |%n",
                communeCodes.size(), loop, loop / national);
        System.out.printf(Locale.ROOT, "| vacc_status_on per commune (%d communes measured, %.2f s each, extrapolated) | %.0f | %.0f× |%n",
                sample.size(), perStatus, perStatus * communes, perStatus * communes / national);
        System.out.printf(Locale.ROOT, "BENCH per-commune loop gives the same figures for %,d of %,d communes; e.g. %s: "
                        + "18+ registered %,d, ≥1 dose %,d, ≥2 %,d, population %s%n", same, communeCodes.size(), halong.name(),
                halong.group(AgeGroup.AGE_18_PLUS).registered(), halong.group(AgeGroup.AGE_18_PLUS).atLeast1(),
                halong.group(AgeGroup.AGE_18_PLUS).atLeast2(), halong.group(AgeGroup.AGE_18_PLUS).population());
        System.out.printf(Locale.ROOT, "BENCH allCommunes gives the same figures as the district reports for %,d of %,d communes%n",
                sameNational, all.size());
        assertThat(same).isEqualTo(communeCodes.size());
        assertThat(sameNational).isEqualTo(all.size());
    }
}
