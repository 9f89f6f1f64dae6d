package org.epiguard.testing.internal;

import org.epiguard.access.Scope;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.platform.web.ListQuery;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The testing views on the full synthetic Quảng Ninh with half a million samples and their results over
 * 90 days (generated once, set-based, into the bench database: a quarter each professional rapid,
 * self-test, and two quarters single RT-PCR; 2 % positive, 1 % invalid, 3 % still waiting): the
 * latency of each statistics query for the province, a district and a commune. Run with
 * {@code bin/bench TestingViewsBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@ActiveProfiles("bench")
class TestingViewsBenchmark {

    static final int SAMPLES = 500_000;
    static final int RUNS = 7;
    static final String PROVINCE = "22";
    static final String HA_LONG = "193";
    static final String BAI_CHAY = "06673";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    GeoDirectory geo;
    @Autowired
    TestingStats stats;
    @Autowired
    WaitingSamples waiting;
    @Autowired
    PeopleTested tested;
    @Autowired
    KitMovements kits;

    @Test
    void statistics_latency_on_half_a_million_samples() {
        generate();
        Scope province = Scope.of("PROVINCE", PROVINCE);
        Scope district = Scope.of("DISTRICT", HA_LONG);
        Scope commune = Scope.of("COMMUNE", BAI_CHAY);
        StatsArea.Area provinceArea = new StatsArea.Area(geo.unit(PROVINCE).orElseThrow());
        StatsArea.Area districtArea = new StatsArea.Area(geo.unit(HA_LONG).orElseThrow());
        StatsArea.Area communeArea = new StatsArea.Area(geo.unit(BAI_CHAY).orElseThrow());
        LocalDate today = LocalDate.now(Fields.ZONE);
        StatsPeriod month = new StatsPeriod(today.minusDays(29), today);
        StatsPeriod quarter = new StatsPeriod(today.minusDays(89), today);
        Instant week = today.minusDays(6).atStartOfDay(Fields.ZONE).toInstant();
        ListQuery firstPage = ListQuery.of(0, 50, "name", "asc", PeopleTested.SORTABLE, "name");

        System.out.println("BENCH testing views: " + count("select count(*) from testing_test") + " tests, "
                + count("select count(*) from testing_sample") + " samples");
        System.out.println("| query | p50 ms | max ms | answer |");
        System.out.println("|---|---:|---:|---|");
        time("tests per day, province, 30 days", () -> stats.tests(province, provinceArea, "", month).total().all().tests());
        time("tests per day, province, 90 days", () -> stats.tests(province, provinceArea, "", quarter).total().all().tests());
        time("tests per day, district, 30 days", () -> stats.tests(district, districtArea, "", month).total().all().tests());
        time("tests per day, commune, 30 days", () -> stats.tests(commune, communeArea, "", month).total().all().tests());
        time("samples waiting, province", () -> waiting.byLabAndSite(province, provinceArea, Instant.now()).size());
        time("samples waiting, district", () -> waiting.byLabAndSite(district, districtArea, Instant.now()).size());
        time("people tested 7 days, commune: count", () -> tested.summary(commune,
                new PeopleTested.Where(BAI_CHAY, null), week).people());
        time("people tested 7 days, commune: first page of 50", () -> tested.page(commune,
                new PeopleTested.Where(BAI_CHAY, null), week, firstPage).total());
        time("kit stock, province (177 communes)", () -> kits.counts(provinceArea, today).stream()
                .mapToLong(KitMovements.Counts::used).sum());
        time("kit stock, district", () -> kits.counts(districtArea, today).size());
    }

    private void time(String label, Supplier<Object> query) {
        List<Double> ms = new ArrayList<>();
        Object answer = null;
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            answer = query.get();
            ms.add((System.nanoTime() - start) / 1e6);
        }
        ms.removeFirst(); // the first run warms the caches
        Collections.sort(ms);
        System.out.printf("| %s | %.1f | %.1f | %s |%n", label, ms.get(ms.size() / 2), ms.getLast(), answer);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** Half a million samples of the province's people over the last 90 days, and their results, once. */
    private void generate() {
        if (count("select count(*) from testing_sample where barcode like 'BENCH-%'") > 0) {
            return;
        }
        assertThat(count("select count(*) from people_person")).isGreaterThanOrEqualTo(1_320_324L);
        long lab = jdbc.sql("select id from geo_org_unit where unit_type = 'LABORATORY' and province_code = :p order by id limit 1")
                .param("p", PROVINCE).query(Long.class).single();
        long start = System.nanoTime();
        long maxPerson = count("select max(id) from people_person");
        // people by id (the demo's ids are dense): an index look-up each, no join plan over the whole registry
        jdbc.sql("""
                        insert into testing_sample (barcode, person_id, priority, collected_at, place_commune_code,
                                                    lab_unit_id, province_code, district_code, commune_code)
                        select 'BENCH-' || g, p.id, case when g % 20 = 0 then 'SYMPTOMATIC' else 'SCREENING' end,
                               now() - interval '10 minutes' - (g % 90) * interval '1 day' - (g % 86000) * interval '1 second',
                               p.commune_code, case when g % 4 >= 2 then cast(:lab as bigint) end,
                               p.province_code, p.district_code, p.commune_code
                          from generate_series(cast(1 as bigint), :n) g
                          join people_person p on p.id = (g * 7919) % :max + 1
                         where p.province_code = :p""")
                .param("p", PROVINCE).param("lab", lab).param("n", SAMPLES).param("max", maxPerson).update();
        jdbc.sql("""
                        insert into testing_test (kind, sample_id, person_id, outcome, result_at, unit_id,
                                                  province_code, district_code, commune_code)
                        select case when g % 4 = 0 then 'RAPID_PROFESSIONAL' when g % 4 = 1 then 'RAPID_SELF' else 'PCR_SINGLE' end,
                               s.id, s.person_id,
                               case when g % 50 = 0 then 'POSITIVE' when g % 97 = 0 then 'INVALID' else 'NEGATIVE' end,
                               least(now(), s.collected_at + case when g % 4 < 2 then interval '15 minutes' else interval '6 hours' end),
                               s.lab_unit_id, s.province_code, s.district_code, s.commune_code
                          from (select s.*, cast(substr(s.barcode, 7) as bigint) as g from testing_sample s
                                 where s.barcode like 'BENCH-%') s
                         where g % 33 <> 0""").update();
        jdbc.sql("analyze testing_sample").update();
        jdbc.sql("analyze testing_test").update();
        System.out.printf("BENCH generated %,d samples and their results in %.1f s%n", SAMPLES,
                (System.nanoTime() - start) / 1e9);
    }
}
