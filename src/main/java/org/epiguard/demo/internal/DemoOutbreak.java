package org.epiguard.demo.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Map;

/**
 * The demo's outbreak (deterministic for a seed and the people written): the industrial-zone cluster
 * of January–February 2022 in Hải Hà. A worker of the Texhong Hải Hà industrial zone is confirmed on
 * 28/01/2022; over four weeks the virus spreads to co-workers, through markets and health stations to
 * Móng Cái, Đầm Hà, Tiên Yên, Ba Chẽ and Bình Liêu, and into households — about one case per hundred
 * demo people (at least 40). Written set-based with SQL: the cases' samples and tests (a rapid test
 * before the RT-PCR of those found in the community, negative RT-PCR of most F1 who stayed well),
 * cases_case rows (domestic, community or found in quarantine, a few of unknown source), F1 and F2
 * contacts, check-ins at venues of the six districts, and the cluster with its cases, closed a month
 * after its last case. The cases are more than the 60 days of the automatic forming in the past, so
 * the cluster is written here as the forming would have found it (cases linked by contacts).
 */
final class DemoOutbreak {

    /** Hải Hà, where the industrial zone is, and the five districts the outbreak reaches. */
    static final String ZONE_DISTRICT = "201";
    static final List<String> REACHED_DISTRICTS = List.of("194", "198", "199", "200", "202");
    static final String CLUSTER_NAME = "Ổ dịch Khu công nghiệp Texhong Hải Hà";
    private static final String ZONE_COMMUNE = "06952";
    /** The index case is confirmed then (Vietnam's time). */
    private static final String START = "2022-01-28 09:30+07";

    /** What was written. */
    record Outbreak(long cases, long samples, long tests, long contacts, long checkins, long clusters, long zones) {
    }

    private static final Logger log = LoggerFactory.getLogger(DemoOutbreak.class);

    private final JdbcClient jdbc;
    private final String seed;

    DemoOutbreak(JdbcClient jdbc, long seed) {
        this.jdbc = jdbc;
        this.seed = Long.toString(seed);
    }

    /** Writes the outbreak for a demo of this many people; nothing when the zone has no workers. */
    Outbreak write(int people) {
        long started = System.nanoTime();
        int target = Math.max(40, people / 100);
        jdbc.sql("analyze people_person, geo_org_unit").update();
        jdbc.sql("""
                create temp table demo_outbreak (
                    person_id bigint primary key, gen int not null, h int not null, source_person_id bigint,
                    exposure text, place text, venue_id bigint, exposed_at timestamptz, confirmed_at timestamptz not null,
                    found_in_quarantine boolean not null, source_known boolean not null, household_id bigint,
                    workplace_id bigint, district_code text not null, commune_code text not null,
                    rapid_test_id bigint, pcr_test_id bigint, case_id bigint) on commit drop""").update();
        int index = step("""
                insert into demo_outbreak (person_id, gen, h, exposure, confirmed_at, found_in_quarantine, source_known,
                                           household_id, workplace_id, district_code, commune_code)
                select p.id, 0, (hashtext(p.id || :seed) & 1048575), null, timestamptz '%s', false, false,
                       p.household_id, p.workplace_id, p.district_code, p.commune_code
                  from people_person p join geo_org_unit u on u.id = p.workplace_id
                 where u.commune_code = :zone and u.unit_type in ('ENTERPRISE', 'INDUSTRIAL_ZONE') and p.merged_into is null
                 order by hashtext(p.id || :seed), p.id limit 1""".formatted(START), Map.of("zone", ZONE_COMMUNE));
        if (index == 0) {
            jdbc.sql("drop table demo_outbreak").update();
            return new Outbreak(0, 0, 0, 0, 0, 0, 0);
        }
        // co-workers of the zone, exposed the day before the index case was confirmed
        step(generation(1, """
                select p.id, s.person_id as source, 'WORKPLACE' as exposure, 'Khu công nghiệp Texhong Hải Hà' as place,
                       s.confirmed_at - interval '1 day' as exposed_at, s.commune_code as near
                  from people_person p join geo_org_unit u on u.id = p.workplace_id
                  join demo_outbreak s on s.gen = 0
                 where u.commune_code = :zone and u.unit_type in ('ENTERPRISE', 'INDUSTRIAL_ZONE')"""),
                Map.of("zone", ZONE_COMMUNE, "n", Math.max(8, target * 3 / 10)));
        // the five districts, each reached by a worker of the zone (markets, shared transport home)
        for (String district : REACHED_DISTRICTS) {
            step(generation(2, sourced("p.district_code = :district", 1)),
                    Map.of("district", district, "n", Math.max(3, target * 6 / 100)));
        }
        // the community of Hải Hà around the zone
        step(generation(2, sourced("p.district_code = :haiha", 1)),
                Map.of("haiha", ZONE_DISTRICT, "n", Math.max(4, target / 10)));
        // households of the cases so far
        step(generation(3, """
                select p.id, s.person_id as source, 'HOUSEHOLD' as exposure, null as place,
                       s.confirmed_at - interval '6 hours' as exposed_at, s.commune_code as near
                  from people_person p join demo_outbreak s on s.household_id = p.household_id"""),
                Map.of("n", Math.max(8, target / 4)));
        // neighbours of the cases met at the commune's market or health station, to the target
        int sofar = jdbc.sql("select count(*) from demo_outbreak").query(Integer.class).single();
        step(generation(4, """
                select p.id, s.person_id as source, 'VENUE' as exposure, null as place,
                       s.confirmed_at - interval '2 days' as exposed_at, s.commune_code as near
                  from people_person p
                  join (select commune_code, count(*) as n from demo_outbreak where gen in (2, 3) group by 1) cn
                    on cn.commune_code = p.commune_code
                  join (select person_id, confirmed_at, commune_code,
                               row_number() over (partition by commune_code order by person_id) - 1 as k
                          from demo_outbreak where gen in (2, 3)) s
                    on s.commune_code = p.commune_code and s.k = (hashtext(p.id || 'src') & 1048575) % cn.n"""),
                Map.of("n", Math.max(0, target - sofar)));
        // a few found in the community whose source the investigation did not find
        jdbc.sql("""
                update demo_outbreak set source_known = false, found_in_quarantine = false, source_person_id = null,
                       exposure = null, place = null, exposed_at = null
                 where person_id in (select o.person_id from demo_outbreak o
                                      where o.gen in (2, 4) and o.district_code = :haiha
                                        and not exists (select 1 from demo_outbreak x where x.source_person_id = o.person_id)
                                      order by o.h, o.person_id limit :k)""")
                .param("haiha", ZONE_DISTRICT).param("k", Math.max(1, target / 40)).update();
        jdbc.sql("analyze demo_outbreak").update();
        log.debug("outbreak cases chosen after {} ms", elapsed(started));
        venues();
        tests();
        cases();
        log.debug("outbreak tests and cases after {} ms", elapsed(started));
        long contacts = contacts();
        log.debug("outbreak contacts after {} ms", elapsed(started));
        long checkins = checkins(people);
        log.debug("outbreak check-ins after {} ms", elapsed(started));
        long clusters = cluster();
        long zones = zones();
        Outbreak written = jdbc.sql("""
                        select (select count(*) from demo_outbreak) as cases,
                               (select count(*) from testing_sample) as samples, (select count(*) from testing_test) as tests,
                               %d as contacts, %d as checkins, %d as clusters, %d as zones"""
                        .formatted(contacts, checkins, clusters, zones))
                .query(Outbreak.class).single();
        jdbc.sql("drop table demo_outbreak").update();
        return written;
    }

    /**
     * Inserts up to :n people of one generation from the candidate rows (id, source, exposure, place,
     * exposed_at, near), each once, not yet a case, confirmed three to seven days after exposure; one
     * in two found in the quarantine their F1 listing put them in (not those met at a venue).
     */
    private static String generation(int gen, String candidates) {
        return """
                insert into demo_outbreak (person_id, gen, h, source_person_id, exposure, place, exposed_at, confirmed_at,
                                           found_in_quarantine, source_known, household_id, workplace_id, district_code,
                                           commune_code)
                select p.id, %d, c.h, c.source, c.exposure, c.place, c.exposed_at,
                       c.exposed_at + make_interval(days => 3 + c.h %% 5, mins => c.h %% 480),
                       c.exposure in ('HOUSEHOLD', 'WORKPLACE') and c.h %% 2 = 0, true,
                       p.household_id, p.workplace_id, p.district_code, p.commune_code
                  from (select distinct on (x.id) x.*, (hashtext(x.id || :seed) & 1048575) as h
                          from (%s) x
                         where p_not_case(x.id)
                         order by x.id, hashtext(x.source || :seed)) c
                  join people_person p on p.id = c.id and p.merged_into is null
                 order by c.h, p.id limit :n""".formatted(gen, candidates)
                .replace("p_not_case(x.id)", "not exists (select 1 from demo_outbreak o where o.person_id = x.id)");
    }

    /** Candidates among the people matching the condition, each exposed by a case of the given generation. */
    private static String sourced(String condition, int sourceGen) {
        return """
                select p.id, s.person_id as source, case when p.id %% 3 = 0 then 'WORKPLACE' else 'VENUE' end as exposure,
                       case when p.id %% 3 = 0 then 'Khu công nghiệp Texhong Hải Hà' end as place,
                       s.confirmed_at - interval '1 day' - make_interval(mins => (p.id %% 600)::int) as exposed_at,
                       s.commune_code as near
                  from people_person p
                  join (select person_id, confirmed_at, commune_code, row_number() over (order by person_id) - 1 as k
                          from demo_outbreak where gen = %d) s
                    on s.k = (hashtext(p.id || 'src') & 1048575) %% (select count(*) from demo_outbreak where gen = %d)
                 where %s""".formatted(sourceGen, sourceGen, condition);
    }

    private static long elapsed(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private int step(String sql, Map<String, ?> params) {
        var statement = jdbc.sql(sql).param("seed", seed);
        for (var e : params.entrySet()) {
            statement = statement.param(e.getKey(), e.getValue());
        }
        long started = System.nanoTime();
        int added = statement.update();
        // a temporary table has no statistics until analysed: the next generation's plan needs them
        jdbc.sql("analyze demo_outbreak").update();
        log.debug("outbreak generation of {} people in {} ms", added, elapsed(started));
        return added;
    }

    /** The venue of each venue exposure: a market or health station of the case's commune (else district). */
    private void venues() {
        jdbc.sql("""
                update demo_outbreak o
                   set venue_id = (select u.id from geo_org_unit u
                                    where u.district_code = o.district_code and u.unit_type in ('MARKET', 'HEALTH_STATION')
                                    order by u.commune_code = o.commune_code desc, u.unit_type = 'MARKET' desc,
                                             hashtext(u.id || ':' || o.person_id), u.id limit 1)
                 where o.exposure = 'VENUE'""").update();
        jdbc.sql("update demo_outbreak o set place = u.name from geo_org_unit u where u.id = o.venue_id").update();
    }

    /**
     * The cases' tests: a positive professional rapid test half a day before the RT-PCR for those found
     * in the community, then the positive RT-PCR (Ct 16–30) done by the CDC laboratory that confirms them.
     */
    private void tests() {
        String sample = """
                with s as (
                    insert into testing_sample (barcode, person_id, priority, collected_at, place_commune_code,
                                                collecting_unit_id, lab_unit_id, province_code, district_code, commune_code)
                    select %s, o.person_id, %s, o.confirmed_at - interval '%s', o.commune_code,
                           (select min(u.id) from geo_org_unit u where u.commune_code = o.commune_code
                                and u.unit_type = 'HEALTH_STATION'), %s, '22', o.district_code, o.commune_code
                      from demo_outbreak o where %s
                    returning id, person_id, collected_at, collecting_unit_id, lab_unit_id, province_code, district_code,
                              commune_code),
                t as (
                    insert into testing_test (kind, sample_id, person_id, outcome, ct_value, result_at, unit_id,
                                              collecting_unit_id, province_code, district_code, commune_code)
                    select '%s', s.id, s.person_id, 'POSITIVE', %s, s.collected_at + interval '%s',
                           coalesce(s.lab_unit_id, s.collecting_unit_id), s.collecting_unit_id, s.province_code,
                           s.district_code, s.commune_code
                      from s
                    returning id, person_id)
                update demo_outbreak o set %s = t.id from t where t.person_id = o.person_id""";
        jdbc.sql(sample.formatted("null", "'SYMPTOMATIC'", "14 hours", "null", "not o.found_in_quarantine",
                "RAPID_PROFESSIONAL", "null", "20 minutes", "rapid_test_id")).update();
        jdbc.sql(sample.formatted("'DEMO-OB-' || o.person_id",
                "case when o.found_in_quarantine then 'F1' when o.gen = 0 then 'SYMPTOMATIC' else 'HIGH_RISK_ZONE' end",
                "10 hours", "(select min(id) from geo_org_unit where unit_type = 'LABORATORY' and name = :lab)", "true",
                "PCR_SINGLE", "16 + ((hashtext(s.person_id || 'ct') & 1048575) % 140) / 10.0", "10 hours", "pcr_test_id"))
                .param("lab", NamedPlaces.DEMO_LABORATORY).update();
    }

    /** The cases: confirmed by their RT-PCR, isolated within hours, recovered 10–20 days later. */
    private void cases() {
        jdbc.sql("""
                with c as (
                    insert into cases_case (person_id, status, origin, opening_test_id, confirming_test_id, confirmed_at,
                                            isolated_at, recovered_at, imported, found_in_quarantine, source_known,
                                            onset_date, province_code, district_code, commune_code, reporting_unit_id)
                    select o.person_id, 'RECOVERED', 'PCR', o.pcr_test_id, o.pcr_test_id, o.confirmed_at,
                           o.confirmed_at + interval '3 hours', o.confirmed_at + make_interval(days => 10 + o.h % 11),
                           false, o.found_in_quarantine, o.source_known,
                           case when o.h % 3 <> 0 then cast(o.confirmed_at at time zone 'Asia/Ho_Chi_Minh' as date) - 1 end,
                           '22', o.district_code, o.commune_code, t.unit_id
                      from demo_outbreak o join testing_test t on t.id = o.pcr_test_id
                     order by o.confirmed_at, o.person_id
                    returning id, person_id)
                update demo_outbreak o set case_id = c.id from c where c.person_id = o.person_id""").update();
    }

    /**
     * Contacts: every case exposed by another is its F1 (how it got infected); the household members of
     * each case and four co-workers of each case of the zone who stayed well are F1 too (three in four
     * with a negative RT-PCR five days after exposure), and the household members of the co-workers are
     * F2. All released since.
     */
    private long contacts() {
        String insert = """
                insert into tracing_contact (person_id, level, case_id, source_person_id, exposure, place, last_exposure_at,
                                             status, province_code, district_code, commune_code, unit_id)
                """;
        long n = jdbc.sql(insert + """
                select o.person_id, 1, s.case_id, s.person_id, o.exposure, o.place, o.exposed_at, 'QUARANTINED', '22',
                       o.district_code, o.commune_code, o.workplace_id
                  from demo_outbreak o join demo_outbreak s on s.person_id = o.source_person_id""").update();
        n += jdbc.sql(insert + """
                select p.id, 1, o.case_id, o.person_id, x.exposure, x.place, o.confirmed_at - interval '6 hours', 'RELEASED',
                       '22', p.district_code, p.commune_code, p.workplace_id
                  from (select o.person_id as case_person, q.id, 'HOUSEHOLD' as exposure, null as place
                          from demo_outbreak o join people_person q on q.household_id = o.household_id
                        union all
                        -- the n-th case of a workplace gets its n-th four co-workers in the seed's order
                        select w.person_id, q.id, 'WORKPLACE', 'Khu công nghiệp Texhong Hải Hà'
                          from (select person_id, workplace_id,
                                       row_number() over (partition by workplace_id order by person_id) - 1 as c
                                  from demo_outbreak where gen <= 1 and workplace_id is not null) w
                          join (select id, workplace_id,
                                       row_number() over (partition by workplace_id order by hashtext(id || :seed), id) - 1 as r
                                  from people_person
                                 where workplace_id in (select workplace_id from demo_outbreak where gen <= 1)) q
                            on q.workplace_id = w.workplace_id and q.r / 4 = w.c) x
                  join demo_outbreak o on o.person_id = x.case_person
                  join people_person p on p.id = x.id
                 where p.id <> o.person_id and p.merged_into is null
                   and not exists (select 1 from demo_outbreak c where c.person_id = p.id)
                on conflict (case_id, person_id) where level = 1 do nothing""").param("seed", seed).update();
        // the F2 and the negative tests read the contacts just written: plan them with their statistics
        jdbc.sql("analyze tracing_contact").update();
        n += jdbc.sql(insert + """
                select distinct on (q.id, f.person_id) q.id, 2, null::bigint, f.person_id, 'HOUSEHOLD', null,
                       f.last_exposure_at + interval '1 day', 'RELEASED', '22', q.district_code, q.commune_code, q.workplace_id
                  from tracing_contact f join people_person fp on fp.id = f.person_id
                  join people_person q on q.household_id = fp.household_id and q.id <> f.person_id and q.merged_into is null
                 where f.level = 1 and f.exposure = 'WORKPLACE' and f.status = 'RELEASED'
                   and f.case_id in (select case_id from demo_outbreak)
                   and not exists (select 1 from demo_outbreak c where c.person_id = q.id)
                 order by q.id, f.person_id""").update();
        // most F1 who stayed well had a negative RT-PCR five days after their last exposure
        jdbc.sql("""
                with f as (
                    select distinct on (t.person_id) t.person_id, t.last_exposure_at, t.district_code, t.commune_code
                      from tracing_contact t
                     where t.level = 1 and t.status = 'RELEASED' and t.case_id in (select case_id from demo_outbreak)
                       and (hashtext(t.person_id || :seed) & 1048575) % 4 <> 0
                     order by t.person_id, t.last_exposure_at desc),
                s as (
                    insert into testing_sample (barcode, person_id, priority, collected_at, place_commune_code,
                                                collecting_unit_id, province_code, district_code, commune_code)
                    select 'DEMO-F1-' || f.person_id, f.person_id, 'F1', f.last_exposure_at + interval '5 days', f.commune_code,
                           (select min(u.id) from geo_org_unit u where u.commune_code = f.commune_code
                                and u.unit_type = 'HEALTH_STATION'), '22', f.district_code, f.commune_code
                      from f
                    returning id, person_id, collected_at, collecting_unit_id, district_code, commune_code)
                insert into testing_test (kind, sample_id, person_id, outcome, result_at, unit_id, collecting_unit_id,
                                          province_code, district_code, commune_code)
                select 'PCR_SINGLE', s.id, s.person_id, 'NEGATIVE', s.collected_at + interval '12 hours',
                       (select min(id) from geo_org_unit where unit_type = 'LABORATORY' and name = :lab),
                       s.collecting_unit_id, '22', s.district_code, s.commune_code
                  from s""").param("seed", seed).param("lab", NamedPlaces.DEMO_LABORATORY).update();
        return n;
    }

    /**
     * Check-ins (PC-COVID scans) at the markets, health stations and industrial zone of the six
     * districts: the cases' own in the four days before their confirmation, case and source at the venue
     * where one infected the other, and about one in ten demo people of the six districts going about
     * their days from 25/01 to 25/02/2022.
     */
    private long checkins(int people) {
        String insert = """
                insert into tracing_checkin (person_id, checked_in_at, venue_id, province_code, district_code,
                                             commune_code, source)
                select x.person_id, x.at, v.id, '22', v.district_code, v.commune_code, 'IMPORT'
                  from (%s) x join geo_org_unit v on v.id = x.venue_id
                on conflict do nothing""";
        String venueOf = """
                (select u.id from geo_org_unit u
                  where u.district_code = %s and u.unit_type in ('MARKET', 'HEALTH_STATION', 'SUPERMARKET', 'INDUSTRIAL_ZONE')
                  order by hashtext(u.id || ':' || %s), u.id limit 1)""";
        long n = jdbc.sql(insert.formatted("""
                select o.person_id, o.exposed_at as at, o.venue_id from demo_outbreak o where o.venue_id is not null
                union all
                select o.source_person_id, o.exposed_at + interval '20 minutes', o.venue_id
                  from demo_outbreak o where o.venue_id is not null
                union all
                select o.person_id, o.confirmed_at - make_interval(days => d, hours => 2 + (o.h + d) %% 9), %s
                  from demo_outbreak o cross join generate_series(1, 4) d""".formatted(
                venueOf.formatted("o.district_code", "o.person_id || '-' || d")))).update();
        int background = Math.max(300, people / 10);
        n += jdbc.sql(insert.formatted("""
                select p.id as person_id,
                       timestamptz '2022-01-25 07:00+07' + make_interval(days => (p.h + d) %% 32, mins => (p.h * 7 + d) %% 720) as at,
                       %s as venue_id
                  from (select q.id, q.district_code, (hashtext(q.id || :seed) & 1048575) as h from people_person q
                         where q.district_code in (:districts) and q.merged_into is null
                         order by hashtext(q.id || :seed), q.id limit :people) p
                  cross join generate_series(1, 3) d""".formatted(venueOf.formatted("p.district_code", "p.id || '-' || d"))))
                .param("seed", seed).param("people", background / 3)
                .param("districts", List.of("194", "198", "199", "200", "201", "202")).update();
        return n;
    }

    /**
     * The containment zones the communes confirmed and lifted: the household of every case found in the
     * community, from its first case's day to 14 days after its last, and the industrial-zone enterprise
     * where the index case worked, from the index case's day to 14 days after the last case who worked
     * there. All lifted since (the outbreak is over); the level map shows them on the days they were in force.
     */
    private long zones() {
        long households = jdbc.sql("""
                with h as (
                    select o.household_id, min(o.confirmed_at) as first_at, max(o.confirmed_at) as last_at,
                           min(o.district_code) as district_code, min(o.commune_code) as commune_code
                      from demo_outbreak o
                     where not o.found_in_quarantine and o.household_id is not null
                     group by o.household_id),
                z as (
                    insert into cases_zone (kind, status, household_id, description, starts_on, planned_end, activated_at,
                                            lifted_at, province_code, district_code, commune_code)
                    select 'HOUSEHOLD', 'LIFTED', h.household_id, hh.address_text,
                           cast(h.first_at at time zone 'Asia/Ho_Chi_Minh' as date),
                           cast(h.last_at at time zone 'Asia/Ho_Chi_Minh' as date) + 14,
                           h.first_at + interval '2 hours', h.last_at + interval '14 days', '22', h.district_code,
                           h.commune_code
                      from h join people_household hh on hh.id = h.household_id
                     order by h.first_at, h.household_id
                    returning id, household_id)
                insert into cases_zone_case (zone_id, case_id)
                select z.id, o.case_id from z join demo_outbreak o on o.household_id = z.household_id
                 where not o.found_in_quarantine""").update();
        long venue = jdbc.sql("""
                with w as (
                    select u.id, u.name, u.district_code, u.commune_code, o.confirmed_at as first_at,
                           (select max(x.confirmed_at) from demo_outbreak x where x.workplace_id = u.id) as last_at
                      from demo_outbreak o join geo_org_unit u on u.id = o.workplace_id
                     where o.gen = 0),
                z as (
                    insert into cases_zone (kind, status, unit_id, description, starts_on, planned_end, activated_at,
                                            lifted_at, province_code, district_code, commune_code)
                    select 'VENUE', 'LIFTED', w.id, w.name,
                           cast(w.first_at at time zone 'Asia/Ho_Chi_Minh' as date),
                           cast(w.last_at at time zone 'Asia/Ho_Chi_Minh' as date) + 14,
                           w.first_at + interval '4 hours', w.last_at + interval '14 days', '22', w.district_code,
                           w.commune_code
                      from w
                    returning id, unit_id)
                insert into cases_zone_case (zone_id, case_id)
                select z.id, o.case_id from z join demo_outbreak o on o.workplace_id = z.unit_id""").update();
        return jdbc.sql("select count(distinct zone_id) from cases_zone_case c join demo_outbreak o on o.case_id = c.case_id")
                .query(Long.class).single();
    }

    /** The cluster: the index case and every case of known source, linked by their contacts; closed since. */
    private long cluster() {
        Long cluster = jdbc.sql("""
                insert into tracing_cluster (name, status, suspected_source, source_case_id, formed_by, province_code,
                                             district_code, commune_code, closed_at)
                select :name, 'CLOSED', 'Công nhân khu công nghiệp Texhong Hải Hà (ca đầu tiên)', o.case_id, 'AUTO', '22',
                       o.district_code, o.commune_code,
                       (select max(confirmed_at) from demo_outbreak) + interval '28 days'
                  from demo_outbreak o where o.gen = 0
                returning id""").param("name", CLUSTER_NAME).query(Long.class).single();
        jdbc.sql("""
                insert into tracing_cluster_case (case_id, cluster_id, person_id, confirmed_at, province_code, district_code,
                                                  commune_code, reporting_unit_id, link)
                select o.case_id, :cluster, o.person_id, o.confirmed_at, '22', o.district_code, o.commune_code, c.reporting_unit_id,
                       'CONTACT'
                  from demo_outbreak o join cases_case c on c.id = o.case_id
                 where o.gen = 0 or o.source_person_id is not null""").param("cluster", cluster).update();
        return 1;
    }
}
