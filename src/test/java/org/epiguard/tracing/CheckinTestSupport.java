package org.epiguard.tracing;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People, venues, cases and users of the check-in tests: Bãi Cháy (06673) and Hùng Thắng (06676) in
 * Hạ Long (193), Ka Long (06709) in Móng Cái (194). Each test makes its own people and venues.
 */
abstract class CheckinTestSupport extends IntegrationTest {

    static final String BAI_CHAY = "06673";
    static final String HUNG_THANG = "06676";
    static final String HA_LONG = "193";
    static final String KA_LONG = "06709";
    static final String MONG_CAI = "194";
    private static final AtomicInteger SEQ = new AtomicInteger();

    long person(String name, String commune, String district) {
        return jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code, no_id)
                        values (:n, 1990, 'F', '22', :d, :c, true) returning id""")
                .param("n", name + " " + SEQ.incrementAndGet()).param("c", commune).param("d", district)
                .query(Long.class).single();
    }

    long personWithCitizenId(String cid, String commune, String district) {
        return jdbc.sql("""
                        insert into people_person (citizen_id, full_name, birth_year, sex, province_code, district_code, commune_code)
                        values (:cid, 'Trần Thị Check', 1988, 'F', '22', :d, :c) returning id""")
                .param("cid", cid).param("c", commune).param("d", district).query(Long.class).single();
    }

    static String citizenId() {
        return "0229" + "%08d".formatted((System.nanoTime() / 1000 + SEQ.incrementAndGet()) % 100_000_000L);
    }

    long venue(String type, String commune, String district) {
        return jdbc.sql("""
                        insert into geo_org_unit (unit_type, name, province_code, district_code, commune_code)
                        values (:t, :n, '22', :d, :c) returning id""")
                .param("t", type).param("n", "Điểm check-in " + SEQ.incrementAndGet()).param("d", district)
                .param("c", commune).query(Long.class).single();
    }

    /** A case of the person, counted in its commune; times ISO with offset, onset a date (or null). */
    long caseOf(long person, String commune, String district, String confirmedAt, String isolatedAt, String onset) {
        return jdbc.sql("""
                        insert into cases_case (person_id, status, origin, confirmed_at, isolated_at, onset_date,
                                                province_code, district_code, commune_code)
                        values (:p, 'ISOLATED', 'PCR', cast(:c as timestamptz), cast(:i as timestamptz), cast(:o as date),
                                '22', :d, :cc) returning id""")
                .param("p", person).param("c", confirmedAt).param("i", isolatedAt).param("o", onset).param("d", district)
                .param("cc", commune).query(Long.class).single();
    }

    /** A check-in written straight into the table (the tests of the API write through it). */
    void checkin(long person, long venue, String at) {
        jdbc.sql("""
                        insert into tracing_checkin (person_id, checked_in_at, venue_id, province_code, district_code, commune_code, source)
                        select :p, cast(:at as timestamptz), v.id, v.province_code, v.district_code, v.commune_code, 'API'
                          from geo_org_unit v where v.id = :v""")
                .param("p", person).param("at", at).param("v", venue).update();
    }

    String communeUser(String commune) {
        return user("t.tr.tyt." + commune, Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", commune));
    }

    String districtUser(String district) {
        return user("t.tr.ttch." + district, Role.DISTRICT_COMMAND, Scope.of("DISTRICT", district));
    }

    String provinceUser() {
        return user("t.tr.bcd", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "22"));
    }

    String postJson(String username, String path, String json, int expect) throws Exception {
        return mvc.perform(post(path).with(as(username)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(expect)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String getJson(String username, String path, int expect) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().is(expect))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long count(String sql, Object param) {
        return jdbc.sql(sql).param("p", param).query(Long.class).single();
    }
}
