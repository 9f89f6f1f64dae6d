package org.epiguard.situation.internal;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.cases.CaseCounts;
import org.epiguard.isolation.TreatmentCapacity;
import org.epiguard.support.TestUsers;
import org.epiguard.testing.KitStocks;
import org.epiguard.testing.TestingFigures;
import org.epiguard.tracing.ClusterFigures;
import org.epiguard.vaccination.OutreachFigures;
import org.epiguard.vaccination.VaccinationCoverage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The dashboard's requests on the full synthetic Quảng Ninh (1,320,324 people) during a generated
 * peak: tens of thousands of cases over six weeks with their tests, isolation episodes, clusters and kit
 * receipts, written into the owning modules' tables for the run and deleted afterwards. For the province,
 * a district and a commune: the page and the JSON it calls (through MockMvc, with the security filters),
 * p50/p95; beside them, in the same run, the same figures computed from raw records through the owning
 * modules' reads (what a dashboard without pre-aggregation would do per request), and the background
 * refresh's own times (full rebuild, one day, places, vaccination). Run with {@code bin/bench DashboardBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("bench")
class DashboardBenchmark {

    static final String PROVINCE = "22";
    static final String DISTRICT = "193";   // Hạ Long
    static final String COMMUNE = "06673";  // Bãi Cháy
    static final LocalDate FIRST = LocalDate.of(2022, 1, 28);
    static final int DAYS = 42;
    static final LocalDate PEAK = FIRST.plusDays(24);
    static final int SAMPLES = 50;
    static final int RAW_SAMPLES = 3;

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestUsers users;
    @Autowired
    DashboardRefresh refresh;
    @Autowired
    SituationSettings settings;
    @Autowired
    CaseCounts cases;
    @Autowired
    TestingFigures testing;
    @Autowired
    KitStocks kitStocks;
    @Autowired
    TreatmentCapacity capacity;
    @Autowired
    ClusterFigures clusters;
    @Autowired
    VaccinationCoverage coverage;
    @Autowired
    OutreachFigures outreach;

    long[] before;

    @Test
    void dashboard_requests_on_the_full_province_during_a_peak() throws Exception {
        long people = jdbc.sql("select count(*) from people_person where province_code = :p").param("p", PROVINCE)
                .query(Long.class).single();
        assertThat(people).as("the full demo province is loaded").isGreaterThanOrEqualTo(1_320_324L);
        before = maxIds();
        try {
            long t0 = System.nanoTime();
            long[] generated = generate();
            System.out.printf(Locale.ROOT, "BENCH dashboard: %,d people; generated in %.1f s: %,d cases over %d days "
                            + "(%s to %s), %,d samples/tests, %,d isolation episodes, %,d clusters (%,d cases in them), "
                            + "%,d kit receipts%n", people, (System.nanoTime() - t0) / 1e9, generated[0], DAYS, FIRST,
                    FIRST.plusDays(DAYS - 1), generated[1], generated[2], generated[3], generated[4], generated[5]);
            System.out.printf(Locale.ROOT, "BENCH totals in the province now: %,d cases, %,d tests, %,d episodes, %,d doses%n",
                    count("cases_case"), count("testing_test"), count("isolation_episode"), count("vacc_dose"));
            refreshTimes();
            users.ensure("bench.dash.province", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", PROVINCE),
                    Scope.of("PROVINCE", PROVINCE));
            String province = users.tokenFor("bench.dash.province");
            List<String> units = List.of(PROVINCE, DISTRICT, COMMUNE);
            List<String> paths = List.of("/situation/dashboard", "/api/v1/situation/dashboard");
            long[][] pre = new long[units.size() * paths.size()][SAMPLES];
            for (int round = -10; round < SAMPLES; round++) {  // ten rounds of warm-up; rounds share the machine's noise
                for (int u = 0; u < units.size(); u++) {
                    for (int k = 0; k < paths.size(); k++) {
                        long t = System.nanoTime();
                        request(paths.get(k), units.get(u), province);
                        if (round >= 0) {
                            pre[u * paths.size() + k][round] = System.nanoTime() - t;
                        }
                    }
                }
            }
            System.out.println("| request | pre-aggregated p50 ms | p95 ms | from raw records p50 ms | p95 ms | ratio p50 |");
            System.out.println("|---|---:|---:|---:|---:|---:|");
            for (int u = 0; u < units.size(); u++) {
                long[] raw = raw(units.get(u));
                for (int k = 0; k < paths.size(); k++) {
                    report((k == 0 ? "page " : "JSON ") + paths.get(k) + " unit=" + units.get(u),
                            pre[u * paths.size() + k], raw);
                }
            }
        } finally {
            long t0 = System.nanoTime();
            cleanUp();
            refresh.rebuild(PROVINCE);
            System.out.printf(Locale.ROOT, "BENCH generated rows deleted and the province rebuilt in %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table + " where province_code = :p").param("p", PROVINCE)
                .query(Long.class).single();
    }

    /** The background refresh's own times on the peak: full rebuild, one day, places, vaccination. */
    private void refreshTimes() {
        long t0 = System.nanoTime();
        refresh.rebuild(PROVINCE);
        long t1 = System.nanoTime();
        refresh.days(PROVINCE, PEAK, PEAK);
        long t2 = System.nanoTime();
        refresh.days(PROVINCE, PEAK.minusDays(13), PEAK);
        long t3 = System.nanoTime();
        refresh.places(PROVINCE);
        long t4 = System.nanoTime();
        refresh.vaccination(PROVINCE);
        long t5 = System.nanoTime();
        long rows = jdbc.sql("select count(*) from situation_dash_day where province_code = :p").param("p", PROVINCE)
                .query(Long.class).single();
        System.out.printf(Locale.ROOT, "BENCH background refresh of the province: full rebuild %.0f ms (%,d commune-day rows), "
                        + "one day %.0f ms, 14 days %.0f ms, places/beds/kits/clusters %.0f ms, vaccination and outreach %.0f ms%n",
                (t1 - t0) / 1e6, rows, (t2 - t1) / 1e6, (t3 - t2) / 1e6, (t4 - t3) / 1e6, (t5 - t4) / 1e6);
    }

    private void request(String path, String unit, String token) throws Exception {
        mvc.perform(get(path).param("unit", unit).param("date", Dates.format(PEAK))
                .header("Authorization", "Bearer " + token)).andExpect(status().isOk());
    }

    /**
     * The same figures from raw records, as a request would compute them without the pre-aggregated
     * tables: the curve's cases and tests, the cumulative cases, places and beds, kits, open clusters,
     * coverage of the unit and the outreach lists (the owning modules' reads, each one grouped query).
     */
    private long[] raw(String unit) {
        int cutoff = settings.cutoffHour();
        long[] nanos = new long[RAW_SAMPLES];
        for (int i = 0; i < RAW_SAMPLES; i++) {
            long t0 = System.nanoTime();
            cases.perCommuneDay(PEAK.minusDays(27), PEAK, cutoff, PROVINCE);
            cases.cumulative(unit, PEAK, cutoff);
            testing.perCommuneDay(PROVINCE, PEAK.minusDays(27), PEAK);
            capacity.perCommune(PROVINCE, Dates.today());
            kitStocks.perCommune(PROVINCE, PEAK);
            clusters.activeIn(PROVINCE);
            coverage.coverage(unit, Dates.today());
            outreach.communes(PROVINCE, Dates.today());
            nanos[i] = System.nanoTime() - t0;
        }
        return nanos;
    }

    private static void report(String what, long[] pre, long[] raw) {
        double p50 = percentile(pre, 50) / 1e6;
        double raw50 = percentile(raw, 50) / 1e6;
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.0f | %.0f | %.0fx |%n", what, p50, percentile(pre, 95) / 1e6,
                raw50, percentile(raw, 95) / 1e6, raw50 / p50);
    }

    static double percentile(long[] values, int p) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static final List<String> TABLES = List.of("tracing_cluster_case", "tracing_cluster", "isolation_episode",
            "testing_test", "testing_sample", "cases_case", "testing_kit_movement");

    private long[] maxIds() {
        long[] ids = new long[TABLES.size()];
        for (int i = 0; i < TABLES.size(); i++) {
            String id = TABLES.get(i).equals("tracing_cluster_case") ? "case_id" : "id";
            ids[i] = jdbc.sql("select coalesce(max(" + id + "), 0) from " + TABLES.get(i)).query(Long.class).single();
        }
        return ids;
    }

    private void cleanUp() {
        for (int i = 0; i < TABLES.size(); i++) {
            String id = TABLES.get(i).equals("tracing_cluster_case") ? "case_id" : "id";
            String table = TABLES.get(i);
            String extra = table.equals("tracing_cluster_case") ? " or cluster_id > " + before[1] : "";
            jdbc.sql("delete from " + table + " where " + id + " > :max" + extra).param("max", before[i]).update();
        }
    }

    /**
     * A peak in the province: 40,000 cases of people of the registry (one each, none with a case already),
     * their days drawn around the 25th of 42 days, 30% found in quarantine, 1% imported; 8 tests per case
     * spread over the same days (RT-PCR and professional rapid tests, 8% positive); an isolation episode
     * per case (15% in a quarantine facility, 5% in a treatment place by tier, the rest at home; those of
     * the last 10 days still running); 400 clusters holding half of the cases; a kit receipt per commune.
     */
    private long[] generate() {
        long cases = jdbc.sql("""
                        with p as (select p.id, p.province_code, p.district_code, p.commune_code
                                     from people_person p
                                    where p.province_code = :prov and p.merged_into is null and p.id % 30 = 7
                                      and not exists (select 1 from cases_case c where c.person_id = p.id)
                                    limit 40000)
                        insert into cases_case (person_id, status, origin, confirmed_at, imported, found_in_quarantine,
                                                province_code, district_code, commune_code)
                        select id, 'CONFIRMED', 'PCR',
                               cast(:first as timestamptz) + make_interval(days => least(:days - 1, greatest(0,
                                   round(24 + 6 * (random() + random() + random() + random() - 2) * 1.7)::int)))
                                   + random() * interval '24 hours',
                               random() < 0.01, random() < 0.3, province_code, district_code, commune_code
                          from p""")
                .param("prov", PROVINCE).param("first", java.sql.Timestamp.valueOf(FIRST.atStartOfDay()))
                .param("days", DAYS).update();
        long samples = jdbc.sql("""
                        insert into testing_sample (person_id, priority, collected_at, place_commune_code, province_code,
                                                    district_code, commune_code)
                        select p.id, 'SCREENING', cast(:first as timestamptz) + random() * make_interval(days => :days),
                               p.commune_code, p.province_code, p.district_code, p.commune_code
                          from people_person p, generate_series(1, 8) k
                         where p.province_code = :prov and p.merged_into is null and p.id % 30 = 11
                         limit 320000""")
                .param("prov", PROVINCE).param("first", java.sql.Timestamp.valueOf(FIRST.atStartOfDay()))
                .param("days", DAYS).update();
        jdbc.sql("""
                        insert into testing_test (kind, sample_id, person_id, outcome, result_at, province_code,
                                                  district_code, commune_code)
                        select case when s.id % 2 = 0 then 'RAPID_PROFESSIONAL' else 'PCR_SINGLE' end, s.id, s.person_id,
                               case when random() < 0.08 then 'POSITIVE' else 'NEGATIVE' end,
                               s.collected_at + interval '5 hours', s.province_code, s.district_code, s.commune_code
                          from testing_sample s where s.id > :after""")
                .param("after", before[4]).update();
        long episodes = jdbc.sql("""
                        with f as (select array_agg(id order by id) as ids from geo_org_unit
                                    where unit_type = 'QUARANTINE_FACILITY' and province_code = :prov and active),
                             t as (select array_agg(unit_id order by unit_id) as ids, array_agg(tier order by unit_id) as tiers
                                     from isolation_treatment_place where province_code = :prov),
                             c as (select c.*, random() as r, (c.confirmed_at at time zone 'Asia/Ho_Chi_Minh')::date as d
                                     from cases_case c where c.id > :after
                                      and not exists (select 1 from isolation_episode e
                                                       where e.person_id = c.person_id and e.status = 'ACTIVE'))
                        insert into isolation_episode (person_id, kind, case_id, rule_id, protected, place, place_unit_id,
                                                       tier, start_date, admitted_on, planned_end, monitor_until, test_days,
                                                       status, ended_on, province_code, district_code, commune_code)
                        select c.person_id, 'CASE_ISOLATION', c.id, (select min(id) from isolation_rule), false,
                               case when c.r < 0.15 and f.ids is not null then 'FACILITY'
                                    when c.r < 0.20 and t.ids is not null then 'HOSPITAL' else 'HOME' end,
                               case when c.r < 0.15 and f.ids is not null then f.ids[1 + (c.id % cardinality(f.ids))]
                                    when c.r < 0.20 and t.ids is not null then t.ids[1 + (c.id % cardinality(t.ids))] end,
                               case when c.r >= 0.15 and c.r < 0.20 and t.ids is not null
                                    then t.tiers[1 + (c.id % cardinality(t.ids))] end,
                               c.d, c.d, c.d + 10, c.d + 17, '{1,7}',
                               case when c.d > cast(:last as date) - 10 then 'ACTIVE' else 'RELEASED' end,
                               case when c.d > cast(:last as date) - 10 then null else c.d + 10 end,
                               c.province_code, c.district_code, c.commune_code
                          from c, f, t""")
                .param("prov", PROVINCE).param("after", before[5])
                .param("last", java.sql.Date.valueOf(FIRST.plusDays(DAYS - 1))).update();
        long clusterCount = jdbc.sql("""
                        insert into tracing_cluster (name, status, closed_at, formed_by, province_code, district_code, commune_code)
                        select 'Ổ dịch đo ' || g, case when g % 4 = 0 then 'CLOSED' else 'OPEN' end,
                               case when g % 4 = 0 then now() end, 'AUTO', :prov,
                               (select code from geo_admin_unit where level = 'DISTRICT' and province_code = :prov
                                 order by code offset (g % 13) limit 1), :commune
                          from generate_series(1, 400) g""")
                .param("prov", PROVINCE).param("commune", COMMUNE).update();
        long clustered = jdbc.sql("""
                        with k as (select array_agg(id order by id) as ids from tracing_cluster where id > :after)
                        insert into tracing_cluster_case (case_id, cluster_id, person_id, confirmed_at, province_code,
                                                          district_code, commune_code, link)
                        select c.id, k.ids[1 + (c.id % cardinality(k.ids))], c.person_id, c.confirmed_at, c.province_code,
                               c.district_code, c.commune_code, 'CONTACT'
                          from cases_case c, k where c.id > :afterCase and c.id % 2 = 0""")
                .param("after", before[1]).param("afterCase", before[5]).update();
        long kits = jdbc.sql("""
                        insert into testing_kit_movement (kind, commune_code, district_code, province_code, moved_on, quantity, source)
                        select 'RECEIPT', code, parent_code, province_code, :first, 5000, 'Đo bảng điều hành'
                          from geo_admin_unit where level = 'COMMUNE' and province_code = :prov""")
                .param("prov", PROVINCE).param("first", java.sql.Date.valueOf(FIRST)).update();
        return new long[]{cases, samples, episodes, clusterCount, clustered, kits};
    }
}
