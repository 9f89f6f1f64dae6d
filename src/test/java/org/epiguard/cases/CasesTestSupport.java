package org.epiguard.cases;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.springframework.http.MediaType;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People, units and users of the cases tests: Bãi Cháy (06673) and Hùng Thắng (06676) in Hạ Long (193),
 * Ka Long (06709) in Móng Cái (194). Each test makes its own people and units; results go in through
 * the testing API, as labs and health stations enter them.
 */
abstract class CasesTestSupport extends IntegrationTest {

    static final String BAI_CHAY = "06673";
    static final String HUNG_THANG = "06676";
    static final String HA_LONG = "193";
    static final String KA_LONG = "06709";
    static final String MONG_CAI = "194";
    static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final AtomicInteger SEQ = new AtomicInteger();

    long household(String commune, String district) {
        return jdbc.sql("""
                        insert into people_household (province_code, district_code, commune_code, address_text)
                        values ('22', :d, :c, 'Số 5, tổ 2') returning id""")
                .param("c", commune).param("d", district).query(Long.class).single();
    }

    long person(String name, String commune, String district) {
        return person(name, commune, district, null, 1990);
    }

    long person(String name, String commune, String district, Long household, int birthYear) {
        return jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code,
                                                   household_id, address_text, no_id)
                        values (:n, :y, 'F', '22', :d, :c, :h, 'Số 5, tổ 2', true) returning id""")
                .param("n", name).param("y", birthYear).param("c", commune).param("d", district).param("h", household)
                .query(Long.class).single();
    }

    long unit(String type, String name, String commune, String district) {
        return jdbc.sql("""
                        insert into geo_org_unit (unit_type, name, province_code, district_code, commune_code)
                        values (:t, :n, '22', :d, :c) returning id""")
                .param("t", type).param("n", name + " " + SEQ.incrementAndGet()).param("d", district).param("c", commune)
                .query(Long.class).single();
    }

    String communeUser(String commune) {
        return user("c.tyt." + commune, Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", commune));
    }

    String districtUser(String district) {
        return user("c.ttch." + district, Role.DISTRICT_COMMAND, Scope.of("DISTRICT", district));
    }

    String provinceUser() {
        return user("c.bcd.22", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "22"));
    }

    String unitUser(Role role, long unit) {
        return user("c." + role.name().toLowerCase() + "." + unit, role, Scope.of("UNIT", String.valueOf(unit)));
    }

    /** A time as users type it, so many hours before now. */
    static String hoursAgo(int hours) {
        return LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusHours(hours).format(TYPED);
    }

    static String barcode() {
        return "CS" + Long.toString(System.nanoTime(), 36).toUpperCase() + SEQ.incrementAndGet();
    }

    /** A positive rapid test entered by the commune health station of the person's commune; returns the test id. */
    long positiveRapidTest(String username, long person, String testedAt, Long placeUnit) throws Exception {
        String body = postJson(username, "/api/v1/testing/rapid-tests", """
                {"personId": %d, "kind": "RAPID_PROFESSIONAL", "outcome": "POSITIVE", "testedAt": "%s",
                 "priority": "SYMPTOMATIC", "placeUnitId": %s}""".formatted(person, testedAt, placeUnit), 201);
        return idOf(body);
    }

    /** A sample taken by the health station and a positive RT-PCR of it by a lab; returns the test id. */
    long positivePcr(String username, long person, long lab, String collectedAt, String resultAt) throws Exception {
        String barcode = barcode();
        postJson(username, "/api/v1/testing/samples", """
                {"barcode": "%s", "personId": %d, "priority": "F1", "collectedAt": "%s", "labUnitId": %d}"""
                .formatted(barcode, person, collectedAt, lab), 201);
        String body = postJson(unitUser(Role.LABORATORY, lab), "/api/v1/testing/results", """
                {"kind": "PCR_SINGLE", "sampleBarcode": "%s", "outcome": "POSITIVE", "ctValue": "21.5", "resultAt": "%s"}"""
                .formatted(barcode, resultAt), 201);
        return idOf(body);
    }

    static long idOf(String json) {
        var m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(json);
        if (!m.find()) {
            throw new AssertionError("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /** The person's case ids, oldest first. */
    java.util.List<Long> casesOf(long person) {
        return jdbc.sql("select id from cases_case where person_id = :p order by id").param("p", person)
                .query(Long.class).list();
    }

    long count(String sql, Object param) {
        return jdbc.sql(sql).param("p", param).query(Long.class).single();
    }

    String postJson(String username, String path, String json, int expect) throws Exception {
        return mvc.perform(post(path).with(as(username)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(expect)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String putJson(String username, String path, String json, int expect) throws Exception {
        return mvc.perform(put(path).with(as(username)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(expect)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String getJson(String username, String path, int expect) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().is(expect))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
