package org.epiguard.cases;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@RecordApplicationEvents
class CaseLifecycleTest extends CasesTestSupport {

    @Autowired
    ApplicationEvents events;

    /** Sees the whole district of Hạ Long but may enter data only in Bãi Cháy. */
    String viewsDistrictCapturesCommune() {
        users.ensure("c.mixed.193", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY), Scope.of("DISTRICT", HA_LONG));
        return "c.mixed.193";
    }

    long manualCase(String username, long person, String status) throws Exception {
        return idOf(postJson(username, "/api/v1/cases", """
                {"personId": %d, "status": "%s", "at": "%s", "onsetDate": "%s"}"""
                .formatted(person, status, hoursAgo(30), hoursAgo(72).substring(0, 10)), 201));
    }

    String status(long caseId) {
        return jdbc.sql("select status from cases_case where id = :id").param("id", caseId).query(String.class).single();
    }

    String transition(String username, long caseId, String to, String at, int expect) throws Exception {
        return postJson(username, "/api/v1/cases/" + caseId + "/transitions", """
                {"to": %s, "at": %s}""".formatted(quoted(to), quoted(at)), expect);
    }

    static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    @Test
    void the_commune_enters_a_confirmed_case_by_hand_once_and_it_is_announced() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long p = person("Nông Văn Nhập Tay", BAI_CHAY, HA_LONG);
        long id = manualCase(tyt, p, "CONFIRMED");
        assertThat(getJson(tyt, "/api/v1/cases/" + id, 200)).contains("\"origin\":\"MANUAL\"", "\"status\":\"CONFIRMED\"",
                "\"onsetDate\":\"");
        assertThat(events.stream(CaseConfirmed.class).filter(e -> e.caseId() == id)).hasSize(1);
        assertThat(count("select count(*) from access_audit where entity_type = 'cases_case' and entity_id = :p::text"
                + " and summary not like 'risk group%'", id))
                .isEqualTo(1);
        assertThat(postJson(tyt, "/api/v1/cases", "{\"personId\": %d}".formatted(p), 400))
                .contains("\"field\":\"personId\",\"code\":\"OPEN_CASE\"");
        assertThat(casesOf(p)).hasSize(1);
    }

    @Test
    void a_case_by_hand_with_bad_fields_names_each_and_writes_nothing() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long p = person("Nông Thị Sai Trường", BAI_CHAY, HA_LONG);
        assertThat(postJson(tyt, "/api/v1/cases", """
                {"personId": %d, "status": "RECOVERED", "at": "32/13/2021 10:00", "onsetDate": "01/01/2099",
                 "reportingUnitId": 999999999}""".formatted(p), 400))
                .contains("\"field\":\"status\",\"code\":\"NOT_OPENING\"", "\"field\":\"at\",\"code\":\"BAD_TIME\"",
                        "\"field\":\"onsetDate\",\"code\":\"FUTURE_DATE\"", "\"field\":\"reportingUnitId\",\"code\":\"UNKNOWN_UNIT\"");
        assertThat(postJson(tyt, "/api/v1/cases", "{}", 400)).contains("\"field\":\"personId\",\"code\":\"REQUIRED\"");
        assertThat(casesOf(p)).isEmpty();
    }

    @Test
    void nobody_enters_a_case_outside_their_scopes() throws Exception {
        long p = person("Mã Văn Ngoài Xã", HUNG_THANG, HA_LONG);
        postJson(communeUser(BAI_CHAY), "/api/v1/cases", "{\"personId\": %d}".formatted(p), 404);
        postJson(districtUser(MONG_CAI), "/api/v1/cases", "{\"personId\": %d}".formatted(p), 404);
        postJson(viewsDistrictCapturesCommune(), "/api/v1/cases", "{\"personId\": %d}".formatted(p), 403);
        long school = unit("SCHOOL", "Trường không nhập ca", HUNG_THANG, HA_LONG);
        postJson(unitUser(Role.SCHOOL, school), "/api/v1/cases", "{\"personId\": %d}".formatted(p), 403);
        assertThat(casesOf(p)).isEmpty();
    }

    @Test
    void a_suspected_case_is_confirmed_isolated_and_recovers_step_by_step() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long p = person("Lò Văn Vòng Đời", BAI_CHAY, HA_LONG);
        long id = manualCase(tyt, p, "SUSPECTED");
        assertThat(events.stream(CaseConfirmed.class).filter(e -> e.caseId() == id)).isEmpty();
        transition(tyt, id, "CONFIRMED", hoursAgo(20), 200);
        assertThat(events.stream(CaseConfirmed.class).filter(e -> e.caseId() == id)).hasSize(1);
        assertThat(transition(tyt, id, "ISOLATED", hoursAgo(25), 400)).contains("\"field\":\"at\",\"code\":\"BEFORE_STEP\"");
        transition(tyt, id, "ISOLATED", hoursAgo(10), 200);
        assertThat(transition(tyt, id, "SUSPECTED", null, 400)).contains("\"field\":\"to\",\"code\":\"NOT_ALLOWED\"");
        assertThat(transition(tyt, id, "HEALED", null, 400)).contains("\"field\":\"to\",\"code\":\"UNKNOWN_VALUE\"");
        assertThat(transition(tyt, id, "RECOVERED", null, 200)).contains("\"status\":\"RECOVERED\"", "\"recoveredAt\":\"");
        assertThat(transition(tyt, id, "DIED", null, 400)).contains("\"field\":\"to\",\"code\":\"NOT_ALLOWED\"");
        assertThat(status(id)).isEqualTo("RECOVERED");
        assertThat(count("select count(*) from access_audit where entity_type = 'cases_case' and entity_id = :p::text"
                + " and summary not like 'risk group%'", id))
                .isEqualTo(4);
        // a recovered person may open a new case later
        assertThat(casesOf(p)).hasSize(1);
        manualCase(tyt, p, "CONFIRMED");
        assertThat(casesOf(p)).hasSize(2);
    }

    @Test
    void a_suspected_case_may_be_discarded_but_a_confirmed_one_may_not() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long suspected = manualCase(tyt, person("Lò Thị Loại Trừ", BAI_CHAY, HA_LONG), "SUSPECTED");
        transition(tyt, suspected, "DISCARDED", null, 200);
        assertThat(status(suspected)).isEqualTo("DISCARDED");
        long confirmed = manualCase(tyt, person("Lò Văn Đã Xác Định", BAI_CHAY, HA_LONG), "CONFIRMED");
        assertThat(transition(tyt, confirmed, "DISCARDED", null, 400)).contains("\"code\":\"NOT_ALLOWED\"");
        transition(tyt, confirmed, "DIED", null, 200);
        assertThat(status(confirmed)).isEqualTo("DIED");
    }

    @Test
    void nobody_moves_or_reads_a_case_outside_their_scopes() throws Exception {
        long id = manualCase(communeUser(HUNG_THANG), person("Sầm Văn Xã Khác", HUNG_THANG, HA_LONG), "SUSPECTED");
        transition(communeUser(BAI_CHAY), id, "CONFIRMED", null, 404);
        transition(districtUser(MONG_CAI), id, "CONFIRMED", null, 404);
        transition(viewsDistrictCapturesCommune(), id, "CONFIRMED", null, 403);
        getJson(viewsDistrictCapturesCommune(), "/api/v1/cases/" + id, 200);
        getJson(communeUser(KA_LONG), "/api/v1/cases/" + id, 404);
        long lab = unit("LABORATORY", "Phòng xét nghiệm khác", HUNG_THANG, HA_LONG);
        getJson(unitUser(Role.LABORATORY, lab), "/api/v1/cases/" + id, 404);
        assertThat(status(id)).isEqualTo("SUSPECTED");
        assertThat(count("select count(*) from access_audit where entity_type = 'cases_case' and entity_id = :p::text"
                + " and summary not like 'risk group%'", id))
                .isEqualTo(1);
    }

    @Test
    void the_commune_classifies_a_case_and_the_audit_keeps_before_and_after() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long id = manualCase(tyt, person("Bế Văn Nhập Cảnh", BAI_CHAY, HA_LONG), "CONFIRMED");
        assertThat(putJson(tyt, "/api/v1/cases/" + id + "/classification", """
                {"imported": true, "foundInQuarantine": true, "sourceKnown": false}""", 200))
                .contains("\"imported\":true", "\"foundInQuarantine\":true", "\"sourceKnown\":false");
        assertThat(jdbc.sql("""
                        select (before->>'imported') || ' ' || (after->>'imported') from access_audit
                         where entity_type = 'cases_case' and entity_id = :id::text and summary like 'classification%'""")
                .param("id", id).query(String.class).single()).isEqualTo("false true");
        assertThat(putJson(tyt, "/api/v1/cases/" + id + "/classification", "{\"sourceKnown\": true}", 400))
                .contains("\"field\":\"imported\",\"code\":\"REQUIRED\"", "\"field\":\"foundInQuarantine\",\"code\":\"REQUIRED\"");
        String body = """
                {"imported": false, "foundInQuarantine": false, "sourceKnown": true}""";
        putJson(communeUser(HUNG_THANG), "/api/v1/cases/" + id + "/classification", body, 404);
        putJson(districtUser(MONG_CAI), "/api/v1/cases/" + id + "/classification", body, 404);
        long facility = unit("QUARANTINE_FACILITY", "Khu cách ly phân loại", BAI_CHAY, HA_LONG);
        putJson(unitUser(Role.QUARANTINE_FACILITY, facility), "/api/v1/cases/" + id + "/classification", body, 403);
        assertThat(jdbc.sql("select imported from cases_case where id = :id").param("id", id).query(Boolean.class).single())
                .isTrue();
    }

    String page(org.springframework.test.web.servlet.RequestBuilder request, int expect) throws Exception {
        return mvc.perform(request).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is(expect)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void the_commune_opens_a_case_from_the_persons_page() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long p = person("Trang Văn Mở Ca", BAI_CHAY, HA_LONG);
        assertThat(page(get("/people/" + p).with(as(tyt)), 200)).contains("/cases/new?personId=" + p);
        assertThat(page(get("/cases/new").param("personId", String.valueOf(p)).with(as(tyt)), 200))
                .contains("Mở ca bệnh cho Trang Văn Mở Ca");
        page(get("/cases/new").param("personId", String.valueOf(p)).with(as(communeUser(HUNG_THANG))), 404);
        assertThat(page(post("/cases/new").param("personId", String.valueOf(p)).param("at", "hôm nay")
                .with(as(tyt)).with(csrf()), 200)).contains("data-field=\"at\"");
        assertThat(casesOf(p)).isEmpty();
        page(post("/cases/new").param("personId", String.valueOf(p)).param("status", "SUSPECTED").param("imported", "true")
                .with(as(tyt)).with(csrf()), 302);
        long id = casesOf(p).getFirst();
        assertThat(status(id)).isEqualTo("SUSPECTED");
        assertThat(page(get("/cases/" + id).param("lang", "en").with(as(tyt)), 200))
                .contains("Case: Trang Văn Mở Ca", "Suspected", "Investigation form");
    }
}
