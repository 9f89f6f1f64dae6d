package org.epiguard.testing;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People, units and users of the testing tests: Bãi Cháy (06673) and Hùng Thắng (06676) in Hạ Long
 * (193), Ka Long (06709) in Móng Cái (194); each test makes its own people, units and barcodes.
 */
abstract class TestingTestSupport extends IntegrationTest {

    static final String BAI_CHAY = "06673";
    static final String HUNG_THANG = "06676";
    static final String HA_LONG = "193";
    static final String KA_LONG = "06709";
    static final String MONG_CAI = "194";
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    long person(String name, String commune, String district) {
        return person(name, commune, district, null);
    }

    long person(String name, String commune, String district, Long workplace) {
        return jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code,
                                                   workplace_id, address_text, no_id)
                        values (:n, 1990, 'F', '22', :d, :c, :w, 'Tổ 3, khu 5', true) returning id""")
                .param("n", name).param("c", commune).param("d", district).param("w", workplace)
                .query(Long.class).single();
    }

    long unit(String type, String name, String commune, String district) {
        return jdbc.sql("""
                        insert into geo_org_unit (unit_type, name, province_code, district_code, commune_code)
                        values (:t, :n, '22', :d, :c) returning id""")
                .param("t", type).param("n", name + " " + SEQ.incrementAndGet()).param("d", district).param("c", commune)
                .query(Long.class).single();
    }

    static String barcode() {
        return "TS" + Long.toString(System.nanoTime(), 36).toUpperCase() + SEQ.incrementAndGet();
    }

    /** A time as users type it, so many hours before now. */
    static String hoursAgo(int hours) {
        return LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusHours(hours).format(TYPED);
    }

    String communeUser(String commune) {
        return user("t.tyt." + commune, Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", commune));
    }

    String districtUser(String district) {
        return user("t.ttch." + district, Role.DISTRICT_COMMAND, Scope.of("DISTRICT", district));
    }

    String unitUser(Role role, long unit) {
        return user("t." + role.name().toLowerCase() + "." + unit, role, Scope.of("UNIT", String.valueOf(unit)));
    }

    String postJson(String username, String path, String json, int expect) throws Exception {
        return mvc.perform(post(path).with(as(username)).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().is(expect)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String getJson(String username, String path, int expect) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().is(expect))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** Records a sample through the API; returns its barcode. */
    String sample(String username, long person, String priority, String collectedAt, Long collectingUnit, Long lab)
            throws Exception {
        String barcode = barcode();
        postJson(username, "/api/v1/testing/samples", """
                {"barcode": "%s", "personId": %d, "priority": "%s", "collectedAt": "%s", "collectingUnitId": %s, "labUnitId": %s}"""
                .formatted(barcode, person, priority, collectedAt, collectingUnit, lab), 201);
        return barcode;
    }

    String pool(String username, String risk, String pooledAt, Long lab, String... samples) throws Exception {
        String barcode = barcode();
        postJson(username, "/api/v1/testing/pools", poolJson(barcode, risk, pooledAt, lab, samples), 201);
        return barcode;
    }

    static String poolJson(String barcode, String risk, String pooledAt, Long lab, String... samples) {
        return """
                {"barcode": %s, "areaRisk": %s, "pooledAt": %s, "labUnitId": %s, "sampleBarcodes": [%s]}"""
                .formatted(quoted(barcode), quoted(risk), quoted(pooledAt), lab,
                        String.join(", ", java.util.Arrays.stream(samples).map(TestingTestSupport::quoted).toList()));
    }

    static String resultJson(String kind, String sample, String pool, String outcome, String ct, String resultAt) {
        return """
                {"kind": %s, "sampleBarcode": %s, "poolBarcode": %s, "outcome": %s, "ctValue": %s, "resultAt": %s}"""
                .formatted(quoted(kind), quoted(sample), quoted(pool), quoted(outcome), quoted(ct), quoted(resultAt));
    }

    static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    long count(String sql, Object param) {
        return jdbc.sql(sql).param("p", param).query(Long.class).single();
    }
}
