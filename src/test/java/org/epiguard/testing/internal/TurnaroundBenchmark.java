package org.epiguard.testing.internal;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.TestUsers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;

import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Turnaround times (GET /api/v1/testing/turnaround) for a month of RT-PCR results on the full
 * synthetic Quảng Ninh: SAMPLES samples of as many people taken over September 2021 by their
 * commune's health station, sent to six labs, four in five of them in manifests received the
 * evening they were taken, each with one result; read by the province, a district, a lab and a
 * health station; and the plans of the province's and the health station's query. The generated
 * rows are removed afterwards. Run with {@code bin/bench TurnaroundBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("bench")
class TurnaroundBenchmark {

    static final int SAMPLES = 500_000;
    static final int RUNS = 5;
    static final long MARK = -424242L;
    static final String RANGE = "/api/v1/testing/turnaround?from=01/09/2021&to=30/09/2021";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    TransactionTemplate tx;

    @Test
    void a_month_of_results_by_site_and_lab() throws Exception {
        assertThat(jdbc.sql("select count(*) from people_person").query(Long.class).single())
                .as("the full demo province is loaded").isGreaterThanOrEqualTo(1_320_324L);
        cleanUp();
        try {
            long t0 = System.nanoTime();
            generate();
            long samples = jdbc.sql("select count(*) from testing_sample where barcode like 'BTAT%'").query(Long.class).single();
            long manifests = jdbc.sql("select count(*) from testing_manifest where created_by = :m").param("m", MARK)
                    .query(Long.class).single();
            System.out.printf(Locale.ROOT, "BENCH turnaround: %,d samples with results, %,d manifests generated in %.1f s%n",
                    samples, manifests, (System.nanoTime() - t0) / 1e9);
            long lab = jdbc.sql("""
                            select lab_unit_id from testing_sample where barcode like 'BTAT%'
                             group by 1 order by count(*) desc limit 1""").query(Long.class).single();
            long site = jdbc.sql("""
                            select collecting_unit_id from testing_sample where barcode like 'BTAT%' and district_code = '193'
                             group by 1 order by count(*) desc limit 1""").query(Long.class).single();
            System.out.println("| reader | runs | p50 ms | max ms |");
            System.out.println("|---|---:|---:|---:|");
            row("province (Quảng Ninh)", user("b.tat.province", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "22")));
            row("district (Hạ Long)", user("b.tat.district", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "193")));
            row("the busiest lab", user("b.tat.lab", Role.LABORATORY, Scope.of("UNIT", String.valueOf(lab))));
            row("a health station of Hạ Long", user("b.tat.site", Role.COMMUNE_HEALTH_STATION, Scope.of("UNIT", String.valueOf(site))));
            plan(Scope.of("PROVINCE", "22"));
            plan(Scope.of("UNIT", String.valueOf(site)));
        } finally {
            cleanUp();
        }
    }

    private String user(String name, Role role, Scope scope) {
        users.ensure(name, role, scope, scope);
        return users.tokenFor(name);
    }

    private void row(String label, String token) throws Exception {
        String body = call(token); // warm-up
        assertThat(body).contains("\"bySite\"");
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            call(token);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f |%n", label, RUNS, nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6);
    }

    private String call(String token) throws Exception {
        return mvc.perform(get(RANGE).header("Authorization", "Bearer " + token)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    /** The plan of the report's query for a scope, each line printed as BENCH plan. */
    private void plan(Scope scope) {
        System.out.println("BENCH plan for " + scope.level() + " " + scope.code() + ":");
        jdbc.sql("explain (analyze, costs off) " + Turnaround.sql(scope))
                .param("from", Timestamp.from(Instant.parse("2021-08-31T17:00:00Z")))
                .param("to", Timestamp.from(Instant.parse("2021-09-30T17:00:00Z")))
                .param("scopeKey", scope.key())
                .query(String.class).list().forEach(line -> System.out.println("BENCH plan " + line));
    }

    private void generate() {
        jdbc.sql("""
                        insert into testing_sample (barcode, person_id, priority, collected_at, place_commune_code,
                                                    collecting_unit_id, lab_unit_id, province_code, district_code, commune_code)
                        select 'BTAT' || p.id, p.id, (array['SYMPTOMATIC', 'F1', 'HIGH_RISK_ZONE', 'SCREENING'])[1 + p.id % 4],
                               timestamptz '2021-09-01 07:00+07' + (p.id % 30) * interval '1 day' + (p.id % 600) * interval '1 minute',
                               p.commune_code, hs.id, labs.a[1 + p.id % array_length(labs.a, 1)],
                               p.province_code, p.district_code, p.commune_code
                          from (select id, province_code, district_code, commune_code from people_person order by id limit :n) p
                          cross join (select array_agg(id order by id) as a
                                        from (select id from geo_org_unit where province_code = '22'
                                                 and unit_type in ('LABORATORY', 'HOSPITAL') order by id limit 6) l) labs
                          join lateral (select id from geo_org_unit u where u.unit_type = 'HEALTH_STATION'
                                           and u.commune_code = p.commune_code order by id limit 1) hs on true""")
                .param("n", SAMPLES).update();
        jdbc.sql("""
                        insert into testing_manifest (sender_unit_id, lab_unit_id, sent_at, declared_sorted, received_at,
                                                      province_code, district_code, commune_code, created_by)
                        select s.collecting_unit_id, s.lab_unit_id, d + interval '18 hours', true, d + interval '20 hours',
                               u.province_code, u.district_code, u.commune_code, :m
                          from (select collecting_unit_id, lab_unit_id,
                                       date_trunc('day', collected_at at time zone 'Asia/Ho_Chi_Minh') at time zone 'Asia/Ho_Chi_Minh' as d
                                  from testing_sample where barcode like 'BTAT%' and person_id % 5 <> 0) s
                          join geo_org_unit u on u.id = s.collecting_unit_id
                         group by 1, 2, 3, 5, 6, 7, 8""")
                .param("m", MARK).update();
        jdbc.sql("""
                        insert into testing_manifest_item (manifest_id, position, sample_id, received)
                        select m.id, row_number() over (partition by m.id order by s.id), s.id, true
                          from testing_sample s
                          join testing_manifest m on m.created_by = :m and m.sender_unit_id = s.collecting_unit_id
                           and m.lab_unit_id = s.lab_unit_id
                           and m.sent_at = (date_trunc('day', s.collected_at at time zone 'Asia/Ho_Chi_Minh')
                                            at time zone 'Asia/Ho_Chi_Minh') + interval '18 hours'
                         where s.barcode like 'BTAT%' and s.person_id % 5 <> 0""")
                .param("m", MARK).update();
        jdbc.sql("""
                        insert into testing_test (kind, sample_id, person_id, outcome, result_at, unit_id, collecting_unit_id,
                                                  province_code, district_code, commune_code, created_by)
                        select 'PCR_SINGLE', s.id, s.person_id, case when s.id % 50 = 0 then 'POSITIVE' else 'NEGATIVE' end,
                               (date_trunc('day', s.collected_at at time zone 'Asia/Ho_Chi_Minh') at time zone 'Asia/Ho_Chi_Minh')
                                   + interval '21 hours' + (s.id % 60) * interval '1 hour' + (s.id % 59) * interval '1 minute',
                               s.lab_unit_id, s.collecting_unit_id, s.province_code, s.district_code, s.commune_code, :m
                          from testing_sample s where s.barcode like 'BTAT%'""")
                .param("m", MARK).update();
        jdbc.sql("analyze testing_sample").update();
        jdbc.sql("analyze testing_test").update();
        jdbc.sql("analyze testing_manifest").update();
        jdbc.sql("analyze testing_manifest_item").update();
    }

    /** Removes the generated rows; foreign key checks off for it (testing_test refers to itself without an index). */
    private void cleanUp() {
        tx.executeWithoutResult(t -> {
            jdbc.sql("set local session_replication_role = replica").update();
            jdbc.sql("delete from testing_test where created_by = :m").param("m", MARK).update();
            jdbc.sql("""
                            delete from testing_manifest_item where manifest_id in
                                (select id from testing_manifest where created_by = :m)""").param("m", MARK).update();
            jdbc.sql("delete from testing_manifest where created_by = :m").param("m", MARK).update();
            jdbc.sql("delete from testing_sample where barcode like 'BTAT%'").update();
        });
    }
}
