package org.epiguard.situation;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard tests' province, An Giang (89), where the demo and the other tests put nobody: its
 * first district A (communes a1, a2) and second B (b1, b2), and a third C whose commune c1 is left to the
 * tests that add records. Written once per database, straight into the owning modules' tables, on and
 * around 08/02/2022 (cut-off 16:00). The figures each test expects are written beside the records.
 */
public final class DashboardTestData {

    public static final String P = "89";
    public static final String DAY = "08/02/2022";
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    public final String a;
    public final String a1;
    public final String a2;
    public final String b;
    public final String b1;
    public final String b2;
    public final String c;
    public final String c1;

    public DashboardTestData(JdbcClient jdbc) {
        this.jdbc = jdbc;
        SituationTestData units = new SituationTestData(jdbc, P);
        List<String> da = units.district(0);
        List<String> db = units.district(1);
        List<String> dc = units.district(2);
        a = da.get(0);
        a1 = da.get(1);
        a2 = da.get(2);
        b = db.get(0);
        b1 = db.get(1);
        b2 = db.get(2);
        c = dc.get(0);
        c1 = dc.get(1);
    }

    /** Waits (up to 60 s) until the province's dashboard was rebuilt after a moment (the rebuild runs in the background). */
    public void awaitRebuilt(String province, java.time.Instant after) throws Exception {
        awaitTrue(() -> {
            var at = jdbc.sql("select rebuilt_at from situation_dash_province where province_code = :p").param("p", province)
                    .query(Timestamp.class).optional();
            return at.isPresent() && at.get() != null && !at.get().toInstant().isBefore(after);
        });
    }

    /** The database's clock (the rebuild's time is the database's). */
    public java.time.Instant now() {
        return jdbc.sql("select now()").query(Timestamp.class).single().toInstant();
    }

    public static void awaitTrue(java.util.concurrent.Callable<Boolean> check) throws Exception {
        long end = System.currentTimeMillis() + 60_000;
        while (!check.call()) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("not done within 60 s");
            }
            Thread.sleep(100);
        }
    }

    public String name(String code) {
        return jdbc.sql("select name from geo_admin_unit where code = :c").param("c", code).query(String.class).single();
    }

    /**
     * The records, once. On 08/02/2022 the province has 5 new cases (3 community, 2 already in quarantine),
     * all in a1; in the 28 days to it 10 (b1: 4 on 07/02, a2: 1 imported on 01/02 in quarantine), cumulative
     * 10 (imported 1, domestic 9, no death); one more in a1 at 16:00:01 counts on 09/02. Tests: a1 4 on
     * 08/02 (1 positive, 3 negative, one of them a professional rapid test done in a1), b1 2 on 07/02
     * (1 positive, 1 invalid): 6 tests, 2 positive, positivity 40%. One open cluster over a1 and b1, one
     * closed in a2. A quarantine facility of 50 places in a1 with 3 people (a 4th released); a tier-2
     * hospital of 20 beds in b1 with 1 patient, a tier-3 one of 5 beds in a1 empty. Kits: 1,000 received in
     * a1, 1 used: 999 for 2,000 people (49.95%). Vaccination in a1 (100 adults in the census): 8 people with
     * 3 doses and 1 with 1 dose (9%, 8%, 8%). Outreach: a1 lists 7 (the 6 case people, the 1-dose person),
     * 2 with a reason: 5 without; a2 1 with a reason; b1 4 and b2 5 (the people in isolation) without:
     * 3 communes incomplete, 1 in A.
     */
    public void ensure() {
        if (jdbc.sql("select count(*) from cases_case where province_code = :p").param("p", P).query(Long.class).single() > 0) {
            return;
        }
        List<Long> a1Cases = cases(a1, 3, "2022-02-08T10:00:00", false, false);
        a1Cases.addAll(cases(a1, 2, "2022-02-08T16:00:00", true, false));
        a1Cases.addAll(cases(a1, 1, "2022-02-08T16:00:01", false, false));
        List<Long> a2Cases = cases(a2, 1, "2022-02-01T09:00:00", true, true);
        List<Long> b1Cases = cases(b1, 4, "2022-02-07T12:00:00", false, false);

        List<Long> a1People = peopleOf(a1Cases);
        test(a1People.get(0), a1, "PCR_SINGLE", "POSITIVE", "2022-02-08T09:00:00");
        test(a1People.get(1), a1, "PCR_SINGLE", "NEGATIVE", "2022-02-08T09:00:00");
        test(a1People.get(2), a1, "PCR_SINGLE", "NEGATIVE", "2022-02-08T09:30:00");
        test(a1People.get(3), a1, "RAPID_PROFESSIONAL", "NEGATIVE", "2022-02-08T11:00:00");
        List<Long> b1People = peopleOf(b1Cases);
        test(b1People.get(0), b1, "PCR_SINGLE", "POSITIVE", "2022-02-07T08:00:00");
        test(b1People.get(1), b1, "PCR_SINGLE", "INVALID", "2022-02-07T08:00:00");

        long open = cluster("OPEN");
        clusterCase(open, a1Cases.get(0));
        clusterCase(open, a1Cases.get(1));
        clusterCase(open, b1Cases.get(0));
        clusterCase(cluster("CLOSED"), a2Cases.get(0));

        long facility = unit("QUARANTINE_FACILITY", "Khu cách ly Thử Bảng", a1, 50);
        List<Long> isolated = people(b2, 5, 1975);
        for (int i = 0; i < 3; i++) {
            episode(isolated.get(i), "FACILITY", facility, null, "ACTIVE");
        }
        episode(isolated.get(3), "FACILITY", facility, null, "RELEASED");
        long hospital = unit("HOSPITAL", "Bệnh viện Thử Bảng", b1, 20);
        treatmentPlace(hospital, b1, 2, 20);
        episode(isolated.get(4), "HOSPITAL", hospital, 2, "ACTIVE");
        treatmentPlace(unit("HOSPITAL", "Bệnh viện Thử Tầng 3", a1, 5), a1, 3, 5);

        jdbc.sql("""
                        insert into testing_kit_movement (kind, commune_code, district_code, province_code, moved_on, quantity, source)
                        values ('RECEIPT', :c, :d, :p, date '2022-02-01', 1000, 'Bộ Y tế')""")
                .param("c", a1).param("d", a).param("p", P).update();
        jdbc.sql("""
                        insert into geo_population (unit_code, total, age_0_4, age_5_11, age_12_17, age_18_49, age_50_64, age_65_plus, source)
                        values (:c, 2000, 1900, 0, 0, 100, 0, 0, 'dashboard test')
                        on conflict (unit_code) do nothing""").param("c", a1).update();
        List<Long> vaccinated = people(a1, 9, 1990);
        for (int i = 0; i < 9; i++) {
            for (int k = 1; k <= (i < 8 ? 3 : 1); k++) {
                jdbc.sql("""
                                insert into vacc_dose (person_id, product_code, dose_date, dose_number, province_code,
                                                       district_code, commune_code, source)
                                select p.id, 'VERO_CELL', date '2021-07-01' + :k * 28, :k, p.province_code, p.district_code,
                                       p.commune_code, 'MANUAL'
                                  from people_person p where p.id = :p""")
                        .param("p", vaccinated.get(i)).param("k", k).update();
            }
        }
        reason(a1People.get(0), a1);
        reason(a1People.get(1), a1);
        reason(peopleOf(a2Cases).get(0), a2);
    }

    /** {@code count} confirmed cases of new people of a commune at a local time; their ids. */
    public List<Long> cases(String commune, int count, String localTime, boolean inQuarantine, boolean imported) {
        return new ArrayList<>(new SituationTestData(jdbc, P).cases(commune, count, localTime, inQuarantine, imported));
    }

    /** New people of a commune born in a year. */
    public List<Long> people(String commune, int count, int birthYear) {
        return jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code, no_id)
                        select 'Người Bảng Thử ' || g, :y, 'M', province_code, district_code, code, true
                          from geo_admin_unit, generate_series(1, :n) g where code = :c
                        returning id""")
                .param("y", birthYear).param("n", count).param("c", commune).query(Long.class).list();
    }

    private List<Long> peopleOf(List<Long> caseIds) {
        return jdbc.sql("select person_id from cases_case where id in (:ids) order by id").param("ids", caseIds)
                .query(Long.class).list();
    }

    private static Timestamp at(String localTime) {
        return Timestamp.from(LocalDateTime.parse(localTime).atZone(VN).toInstant());
    }

    private void test(long person, String commune, String kind, String outcome, String localTime) {
        long sample = jdbc.sql("""
                        insert into testing_sample (person_id, priority, collected_at, place_commune_code, province_code,
                                                    district_code, commune_code)
                        select :person, 'SCREENING', :at, code, province_code, district_code, code
                          from geo_admin_unit where code = :c returning id""")
                .param("person", person).param("at", at(localTime)).param("c", commune).query(Long.class).single();
        jdbc.sql("""
                        insert into testing_test (kind, sample_id, person_id, outcome, result_at, province_code,
                                                  district_code, commune_code)
                        select :kind, :s, :person, :o, :at, province_code, district_code, code
                          from geo_admin_unit where code = :c""")
                .param("kind", kind).param("s", sample).param("person", person).param("o", outcome)
                .param("at", at(localTime)).param("c", commune).update();
    }

    private long cluster(String status) {
        return jdbc.sql("""
                        insert into tracing_cluster (name, status, formed_by, province_code, district_code, commune_code, closed_at)
                        select 'Ổ dịch Thử Bảng', :s, 'AUTO', province_code, district_code, code,
                               case when :s = 'CLOSED' then now() end
                          from geo_admin_unit where code = :c returning id""")
                .param("s", status).param("c", a1).query(Long.class).single();
    }

    private void clusterCase(long cluster, long caseId) {
        jdbc.sql("""
                        insert into tracing_cluster_case (case_id, cluster_id, person_id, confirmed_at, province_code,
                                                          district_code, commune_code, link)
                        select c.id, :k, c.person_id, c.confirmed_at, c.province_code, c.district_code, c.commune_code, 'CONTACT'
                          from cases_case c where c.id = :id""")
                .param("k", cluster).param("id", caseId).update();
    }

    private long unit(String type, String name, String commune, int capacity) {
        return jdbc.sql("""
                        insert into geo_org_unit (unit_type, name, province_code, district_code, commune_code, capacity)
                        select :t, :n, province_code, district_code, code, :cap from geo_admin_unit where code = :c
                        returning id""")
                .param("t", type).param("n", name).param("c", commune).param("cap", capacity).query(Long.class).single();
    }

    private void treatmentPlace(long unit, String commune, int tier, int beds) {
        jdbc.sql("""
                        insert into isolation_treatment_place (unit_id, tier, beds, province_code, district_code, commune_code)
                        select :u, :t, :b, province_code, district_code, code from geo_admin_unit where code = :c""")
                .param("u", unit).param("t", tier).param("b", beds).param("c", commune).update();
    }

    private void episode(long person, String place, long unit, Integer tier, String status) {
        jdbc.sql("""
                        insert into isolation_episode (person_id, kind, rule_id, protected, place, place_unit_id, tier,
                                                       start_date, admitted_on, planned_end, monitor_until, test_days,
                                                       status, ended_on, province_code, district_code, commune_code)
                        select p.id, :kind, (select min(id) from isolation_rule), false, :place, :u, :tier,
                               current_date - 3, current_date - 3, current_date + 7, current_date + 14, '{1,7}',
                               :status, case when :status = 'ACTIVE' then null else current_date - 1 end,
                               p.province_code, p.district_code, p.commune_code
                          from people_person p where p.id = :p""")
                .param("kind", tier == null ? "CONTACT_QUARANTINE" : "CASE_ISOLATION").param("place", place)
                .param("u", unit).param("tier", tier).param("status", status).param("p", person).update();
    }

    private void reason(long person, String commune) {
        jdbc.sql("""
                        insert into vacc_outreach_reason (person_id, reason, province_code, district_code, commune_code,
                                                          recorded_by, recorded_by_name)
                        select :p, 'REFUSES', province_code, district_code, code, 0, 'Thử' from geo_admin_unit where code = :c""")
                .param("p", person).param("c", commune).update();
    }
}
