package org.epiguard.tracing;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.epiguard.cases.CaseConfirmed;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.atomic.AtomicInteger;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People, households, cases and users of the contact, cluster and chain tests: Bãi Cháy (06673) and
 * Hùng Thắng (06676) in Hạ Long (193), Ka Long (06709) in Móng Cái (194); each test makes its own.
 * Cases are written straight into cases_case, as the cases module would.
 */
abstract class ContactTestSupport extends IntegrationTest {

    static final String BAI_CHAY = "06673";
    static final String HUNG_THANG = "06676";
    static final String HA_LONG = "193";
    static final String KA_LONG = "06709";
    static final String MONG_CAI = "194";
    static final AtomicInteger SEQ = new AtomicInteger();
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Autowired
    JsonMapper json;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    long person(String name, String commune, String district) {
        return person(name, commune, district, null, null);
    }

    long person(String name, String commune, String district, Long household, Long workplace) {
        return jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code,
                                                   household_id, workplace_id, address_text, no_id)
                        values (:n, 1990, 'M', '22', :d, :c, :h, :w, 'Tổ 1, khu 2', true) returning id""")
                .param("n", name).param("c", commune).param("d", district).param("h", household).param("w", workplace)
                .query(Long.class).single();
    }

    long household(String commune, String district) {
        return jdbc.sql("""
                        insert into people_household (province_code, district_code, commune_code, address_text)
                        values ('22', :d, :c, :a) returning id""")
                .param("d", district).param("c", commune).param("a", "Số " + SEQ.incrementAndGet() + " đường Hạ Long")
                .query(Long.class).single();
    }

    long unit(String type, String name, String commune, String district) {
        return jdbc.sql("""
                        insert into geo_org_unit (unit_type, name, province_code, district_code, commune_code)
                        values (:t, :n, '22', :d, :c) returning id""")
                .param("t", type).param("n", name + " " + SEQ.incrementAndGet()).param("d", district).param("c", commune)
                .query(Long.class).single();
    }

    /** A confirmed case of the person, counted where they live, confirmed so many hours ago. */
    long confirmedCase(long personId, int hoursAgo) {
        return jdbc.sql("""
                        insert into cases_case (person_id, status, origin, confirmed_at, province_code, district_code,
                                                commune_code)
                        select id, 'CONFIRMED', 'PCR', now() - make_interval(hours => :h), province_code, district_code,
                               commune_code
                          from people_person where id = :p returning id""")
                .param("p", personId).param("h", hoursAgo).query(Long.class).single();
    }

    /**
     * The person becomes a confirmed case the way the cases module does it: the row and the
     * {@link CaseConfirmed} event in one transaction. Returns the case id.
     */
    long becomesCase(long personId, int hoursAgo) {
        return transactions.execute(tx -> {
            long caseId = confirmedCase(personId, hoursAgo);
            var c = jdbc.sql("select confirmed_at, province_code, district_code, commune_code from cases_case where id = :id")
                    .param("id", caseId).query((rs, i) -> new CaseConfirmed(caseId, personId,
                            rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3), rs.getString(4))).single();
            events.publishEvent(c);
            return caseId;
        });
    }

    /** A time as users type it, so many hours before now. */
    static String hoursAgo(int hours) {
        return LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusHours(hours).format(TYPED);
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

    String postJson(String username, String path, String body, int expect) throws Exception {
        return mvc.perform(post(path).with(as(username)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().is(expect)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String getJson(String username, String path, int expect) throws Exception {
        return mvc.perform(get(path).with(as(username))).andExpect(status().is(expect))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    JsonNode read(String username, String path) throws Exception {
        return json.readTree(getJson(username, path, 200));
    }

    /** Lists an F1 of a case through the API; returns the contact's id. */
    long f1(String username, long caseId, long personId, String exposure) throws Exception {
        return json.readTree(postJson(username, "/api/v1/tracing/contacts", """
                {"caseId": %d, "personId": %d, "exposure": "%s", "place": "Nhà văn hóa khu 2", "lastExposureAt": "%s"}"""
                .formatted(caseId, personId, exposure, hoursAgo(30)), 201)).get("id").asLong();
    }

    /** Lists an F2 under an F1 person through the API; returns the contact's id. */
    long f2(String username, long f1PersonId, long personId) throws Exception {
        return json.readTree(postJson(username, "/api/v1/tracing/contacts", """
                {"f1PersonId": %d, "personId": %d, "exposure": "WORKPLACE", "lastExposureAt": "%s"}"""
                .formatted(f1PersonId, personId, hoursAgo(20)), 201)).get("id").asLong();
    }

    long count(String sql, Object param) {
        return jdbc.sql(sql).param("p", param).query(Long.class).single();
    }
}
