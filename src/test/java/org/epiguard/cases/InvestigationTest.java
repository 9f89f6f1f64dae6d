package org.epiguard.cases;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class InvestigationTest extends CasesTestSupport {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    static String daysAgo(int days) {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(days).format(DAY);
    }

    long manualCase(String username, long person, String at) throws Exception {
        return idOf(postJson(username, "/api/v1/cases", """
                {"personId": %d, "status": "CONFIRMED", "at": "%s"}""".formatted(person, at), 201));
    }

    String save(String username, long caseId, String json, int expect) throws Exception {
        return putJson(username, "/api/v1/cases/" + caseId + "/investigation", json, expect);
    }

    @Test
    void the_commune_records_onset_places_people_met_workplace_and_household() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long home = household(BAI_CHAY, HA_LONG);
        long p = person("Phùng Văn Điều Tra", BAI_CHAY, HA_LONG, home, 1980);
        long wife = person("Phùng Thị Vợ", BAI_CHAY, HA_LONG, home, 1982);
        long market = unit("MARKET", "Chợ Hạ Long 1", BAI_CHAY, HA_LONG);
        long id = manualCase(tyt, p, daysAgo(1) + " 09:00");
        String before = getJson(tyt, "/api/v1/cases/" + id + "/investigation", 200);
        assertThat(before).contains("\"form\":null", "\"windowDays\":14", "\"windowFrom\":\""
                + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(15) + "\"", "Phùng Thị Vợ", "\"personId\":" + wife);

        String saved = save(tyt, id, """
                {"onsetDate": "%s", "symptoms": ["FEVER", "COUGH"], "workplace": "Cảng Cái Lân", "notes": "đi chợ sáng",
                 "places": [{"visitedOn": "%s", "unitId": %d}, {"visitedOn": "%s", "place": "Đám cưới tổ 5", "communeCode": "06676"}],
                 "peopleMet": [{"metOn": "%s", "fullName": "Trần Văn Bạn", "phone": "+84 912 345 678", "relation": "bạn", "place": "quán cà phê"}],
                 "household": [{"personId": %d, "relation": "vợ"}, {"fullName": "Phùng Bé Con", "birthYear": 2019, "relation": "con"}]}"""
                .formatted(daysAgo(3), daysAgo(5), market, daysAgo(18), daysAgo(4), wife), 400);
        assertThat(saved).contains("\"field\":\"places[1].visitedOn\",\"code\":\"OUTSIDE_WINDOW\"");
        assertThat(count("select count(*) from cases_investigation where case_id = :p", id)).isZero();

        String ok = save(tyt, id, """
                {"onsetDate": "%s", "symptoms": ["FEVER", "COUGH"], "workplace": "Cảng Cái Lân", "notes": "đi chợ sáng",
                 "places": [{"visitedOn": "%s", "unitId": %d}, {"visitedOn": "%s", "place": "Đám cưới tổ 5", "communeCode": "06676"}],
                 "peopleMet": [{"metOn": "%s", "fullName": "Trần Văn Bạn", "phone": "+84 912 345 678", "relation": "bạn", "place": "quán cà phê"}],
                 "household": [{"personId": %d, "relation": "vợ"}, {"fullName": "Phùng Bé Con", "birthYear": 2019, "relation": "con"}]}"""
                .formatted(daysAgo(3), daysAgo(5), market, daysAgo(16), daysAgo(4), wife), 200);
        assertThat(ok).contains("\"workplace\":\"Cảng Cái Lân\"", "Chợ Hạ Long 1", "Đám cưới tổ 5", "\"phone\":\"0912345678\"",
                "\"fullName\":\"Phùng Thị Vợ\"", "Phùng Bé Con", "\"windowFrom\":\""
                        + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(17) + "\"");
        assertThat(jdbc.sql("select onset_date::text || ' ' || array_to_string(symptoms, ',') from cases_case where id = :id")
                .param("id", id).query(String.class).single())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(3) + " FEVER,COUGH");
        assertThat(count("select count(*) from access_audit where entity_type = 'cases_investigation' and entity_id = :p::text", id))
                .isEqualTo(1);
        save(tyt, id, "{\"onsetDate\": \"%s\", \"places\": []}".formatted(daysAgo(3)), 200);
        assertThat(count("select count(*) from cases_investigation_place where case_id = :p", id)).isZero();
        assertThat(count("select count(*) from access_audit where entity_type = 'cases_investigation' and action = 'UPDATE'"
                + " and entity_id = :p::text", id)).isEqualTo(1);
    }

    @Test
    void each_bad_row_of_the_form_is_named_and_nothing_is_written() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long id = manualCase(tyt, person("Phùng Văn Sai Dòng", BAI_CHAY, HA_LONG), daysAgo(1) + " 09:00");
        long elsewhere = person("Người Ở Móng Cái", KA_LONG, MONG_CAI);
        String body = save(tyt, id, """
                {"onsetDate": "ngày mai", "symptoms": ["FEVER", "HICCUPS"], "workplaceUnitId": 999999999,
                 "places": [{"visitedOn": "%s"}, {"place": "Chợ"}, {"visitedOn": "%s", "place": "Bến xe", "unitId": 999999999}],
                 "peopleMet": [{"metOn": "%s"}, {"metOn": "%s", "personId": %d}],
                 "household": [{"fullName": "Con", "phone": "12345", "birthYear": 1700}]}"""
                .formatted(daysAgo(2), daysAgo(2), daysAgo(2), daysAgo(2), elsewhere), 400);
        assertThat(body).contains("\"field\":\"onsetDate\",\"code\":\"BAD_DATE\"",
                "\"field\":\"symptoms[1]\",\"code\":\"UNKNOWN_VALUE\"",
                "\"field\":\"workplaceUnitId\",\"code\":\"UNKNOWN_UNIT\"",
                "\"field\":\"places[0].place\",\"code\":\"REQUIRED\"",
                "\"field\":\"places[1].visitedOn\",\"code\":\"REQUIRED\"",
                "\"field\":\"places[2].unitId\",\"code\":\"UNKNOWN_UNIT\"",
                "\"field\":\"peopleMet[0].fullName\",\"code\":\"REQUIRED\"",
                "\"field\":\"peopleMet[1].personId\",\"code\":\"UNKNOWN_PERSON\"",
                "\"field\":\"household[0].phone\",\"code\":\"BAD_PHONE\"",
                "\"field\":\"household[0].birthYear\",\"code\":\"OUT_OF_RANGE\"");
        assertThat(body).doesNotContain("Người Ở Móng Cái");
        assertThat(count("select count(*) from cases_investigation where case_id = :p", id)).isZero();
    }

    @Test
    void the_window_is_the_rule_in_force_on_the_onset_day() throws Exception {
        String bcd = provinceUser();
        postJson(bcd, "/api/v1/cases/rules/investigation-window", "{\"effectiveFrom\": \"01/12/2021\", \"daysBefore\": 7}", 201);
        postJson(bcd, "/api/v1/cases/rules/investigation-window", "{\"effectiveFrom\": \"01/01/2022\", \"daysBefore\": 14}", 201);
        assertThat(postJson(bcd, "/api/v1/cases/rules/investigation-window", "{\"effectiveFrom\": \"01/02/2022\", \"daysBefore\": 0}", 400))
                .contains("\"field\":\"daysBefore\",\"code\":\"OUT_OF_RANGE\"");
        postJson(communeUser(BAI_CHAY), "/api/v1/cases/rules/investigation-window", "{\"effectiveFrom\": \"01/02/2022\", \"daysBefore\": 5}", 403);
        String tyt = communeUser(BAI_CHAY);
        long december = manualCase(tyt, person("Đinh Văn Tháng Mười Hai", BAI_CHAY, HA_LONG), "20/12/2021 10:00");
        long january = manualCase(tyt, person("Đinh Thị Tháng Giêng", BAI_CHAY, HA_LONG), "20/01/2022 10:00");
        assertThat(save(tyt, december, """
                {"onsetDate": "18/12/2021", "places": [{"visitedOn": "09/12/2021", "place": "Chợ đêm"}]}""", 400))
                .contains("\"field\":\"places[0].visitedOn\",\"code\":\"OUTSIDE_WINDOW\"", "11/12/2021");
        save(tyt, december, """
                {"onsetDate": "18/12/2021", "places": [{"visitedOn": "11/12/2021", "place": "Chợ đêm"}]}""", 200);
        save(tyt, january, """
                {"onsetDate": "18/01/2022", "places": [{"visitedOn": "09/01/2022", "place": "Chợ đêm"}]}""", 200);
    }

    @Test
    void nobody_reads_or_writes_an_investigation_outside_their_scopes() throws Exception {
        long id = manualCase(communeUser(BAI_CHAY), person("Phùng Văn Phạm Vi", BAI_CHAY, HA_LONG), daysAgo(1) + " 08:00");
        String form = "{\"onsetDate\": \"%s\"}".formatted(daysAgo(2));
        getJson(communeUser(HUNG_THANG), "/api/v1/cases/" + id + "/investigation", 404);
        getJson(districtUser(MONG_CAI), "/api/v1/cases/" + id + "/investigation", 404);
        long school = unit("SCHOOL", "Trường điều tra", BAI_CHAY, HA_LONG);
        getJson(unitUser(Role.SCHOOL, school), "/api/v1/cases/" + id + "/investigation", 404);
        save(communeUser(HUNG_THANG), id, form, 404);
        save(districtUser(MONG_CAI), id, form, 404);
        users.ensure("c.mixed2.193", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", HUNG_THANG), Scope.of("DISTRICT", HA_LONG));
        save("c.mixed2.193", id, form, 403);
        assertThat(count("select count(*) from cases_investigation where case_id = :p", id)).isZero();
    }

    @Test
    void the_form_page_prefills_the_household_and_saves_typed_rows_only() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long home = household(BAI_CHAY, HA_LONG);
        long p = person("Cù Văn Trang Phiếu", BAI_CHAY, HA_LONG, home, 1975);
        person("Cù Thị Con Gái", BAI_CHAY, HA_LONG, home, 2005);
        long id = manualCase(tyt, p, daysAgo(1) + " 09:00");
        String page = mvc.perform(get("/cases/" + id + "/investigation").with(as(tyt))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Cù Thị Con Gái", "14 ngày trước khởi phát", "places[2].visitedOn");
        String refused = mvc.perform(post("/cases/" + id + "/investigation").with(as(tyt)).with(csrf())
                        .param("onsetDate", daysAgo(2)).param("places[0].visitedOn", daysAgo(40))
                        .param("places[0].place", "Nhà văn hóa").param("places[1].visitedOn", "").param("places[1].place", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("data-field=\"places[0].visitedOn\"", "Ngoài khoảng điều tra");
        mvc.perform(post("/cases/" + id + "/investigation").with(as(tyt)).with(csrf())
                        .param("onsetDate", daysAgo(2)).param("symptoms", "FEVER").param("workplace", "Trường THPT Bãi Cháy")
                        .param("places[0].visitedOn", daysAgo(5)).param("places[0].place", "Nhà văn hóa")
                        .param("places[1].visitedOn", "").param("places[1].place", "")
                        .param("household[0].fullName", "Cù Thị Con Gái").param("household[0].birthYear", "2005")
                        .param("household[1].fullName", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from cases_investigation_place where case_id = :p", id)).isEqualTo(1);
        assertThat(count("select count(*) from cases_investigation_person where household and case_id = :p", id)).isEqualTo(1);
        mvc.perform(get("/cases/" + id + "/investigation").with(as(communeUser(HUNG_THANG)))).andExpect(status().isNotFound());
    }
}
