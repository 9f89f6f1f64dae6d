package org.epiguard.people;

import org.epiguard.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** People created through the API, with unique citizen IDs and phones, for the registry's tests. */
abstract class PeopleTestSupport extends IntegrationTest {

    static final String BAI_CHAY = "06673";      // Hạ Long (193)
    static final String HA_KHANH = "06649";      // Hạ Long (193)
    static final String KA_LONG = "06709";       // Móng Cái (194)
    private static final AtomicInteger SERIAL = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000, 800_000));

    @Autowired
    protected JsonMapper json;

    /** A CCCD of Quảng Ninh that agrees with the birth year and sex. */
    static String cccd(int year, String sex) {
        int centuryDigit = (year / 100 - 19) * 2 + ("F".equals(sex) ? 1 : 0);
        return "022" + centuryDigit + String.format("%02d", year % 100) + String.format("%06d", SERIAL.incrementAndGet());
    }

    static String phone() {
        return "09" + String.format("%08d", SERIAL.incrementAndGet() * 7L % 100_000_000);
    }

    static Map<String, Object> person(String name, String birth, String sex, String commune) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", name);
        m.put("birth", birth);
        m.put("sex", sex);
        m.put("communeCode", commune);
        m.put("citizenId", cccd(Integer.parseInt(birth.substring(birth.length() - 4)), sex));
        m.put("phone", phone());
        return m;
    }

    String body(Object o) {
        return json.writeValueAsString(o);
    }

    long create(String user, Map<String, Object> person) throws Exception {
        String response = mvc.perform(post("/api/v1/people").with(as(user)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(person)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(response).get("id").asLong();
    }

    long auditCount(String action, Object entityId) {
        return jdbc.sql("select count(*) from access_audit where action = :a and entity_type = 'person' and entity_id = :id")
                .param("a", action).param("id", entityId.toString()).query(Long.class).single();
    }

    long peopleNamed(String name) {
        return jdbc.sql("select count(*) from people_person where full_name = :n").param("n", name).query(Long.class).single();
    }

    long schoolIn(String commune, String name) {
        return jdbc.sql("""
                        insert into geo_org_unit (unit_type, name, province_code, district_code, commune_code)
                        select 'SCHOOL', :n, province_code, district_code, code from geo_admin_unit where code = :c
                        returning id""").param("n", name).param("c", commune).query(Long.class).single();
    }
}
