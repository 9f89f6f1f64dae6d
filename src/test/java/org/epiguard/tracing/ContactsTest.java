package org.epiguard.tracing;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Contacts F1 and F2: listing, the rules, the household in one action, lists and scopes. */
class ContactsTest extends ContactTestSupport {

    @Test
    void an_f1_goes_to_the_commune_where_they_live_even_when_the_case_is_elsewhere() throws Exception {
        long patient = person("Trần Văn Ca Bãi Cháy", BAI_CHAY, HA_LONG);
        long caseId = confirmedCase(patient, 5);
        long f1Person = person("Lê Thị Sống Ka Long", KA_LONG, MONG_CAI);
        long audits = count("select count(*) from access_audit where entity_type = 'tracing_contact' and after->>'personId' = cast(:p as text)", f1Person);
        long id = f1(provinceUser(), caseId, f1Person, "TRANSPORT");

        JsonNode contact = read(communeUser(KA_LONG), "/api/v1/tracing/contacts/" + id);
        assertThat(contact.get("level").asInt()).isEqualTo(1);
        assertThat(contact.get("caseId").asLong()).isEqualTo(caseId);
        assertThat(contact.get("communeCode").asString()).isEqualTo(KA_LONG);
        assertThat(contact.get("exposure").asString()).isEqualTo("TRANSPORT");
        assertThat(contact.get("status").asString()).isEqualTo("LISTED");
        // the case's person lives outside Ka Long: the commune sees the F1, not who the case is
        assertThat(contact.get("sourceName").isNull()).isTrue();
        assertThat(getJson(communeUser(KA_LONG), "/api/v1/tracing/contacts?commune=" + KA_LONG, 200))
                .contains("Lê Thị Sống Ka Long");
        assertThat(getJson(districtUser(MONG_CAI), "/api/v1/tracing/contacts?caseId=" + caseId, 200))
                .contains("Lê Thị Sống Ka Long");
        // the case's commune and district do not see an F1 living in another district
        getJson(communeUser(BAI_CHAY), "/api/v1/tracing/contacts/" + id, 404);
        getJson(districtUser(HA_LONG), "/api/v1/tracing/contacts/" + id, 404);
        assertThat(read(communeUser(BAI_CHAY), "/api/v1/tracing/contacts?caseId=" + caseId).get("total").asLong()).isZero();
        assertThat(read(provinceUser(), "/api/v1/tracing/contacts/" + id).get("sourceName").asString())
                .isEqualTo("Trần Văn Ca Bãi Cháy");
        assertThat(count("select count(*) from access_audit where entity_type = 'tracing_contact' and after->>'personId' = cast(:p as text)", f1Person))
                .isEqualTo(audits + 1);
    }

    @Test
    void the_same_person_twice_under_one_case_is_refused_and_an_f1_of_several_cases_shows_them_all() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long caseA = confirmedCase(person("Ca A Trùng", BAI_CHAY, HA_LONG), 10);
        long caseB = confirmedCase(person("Ca B Trùng", BAI_CHAY, HA_LONG), 8);
        long f1 = person("Phạm Văn Hai Ca", BAI_CHAY, HA_LONG);
        f1(tyt, caseA, f1, "WORKPLACE");
        String refused = postJson(tyt, "/api/v1/tracing/contacts", """
                {"caseId": %d, "personId": %d, "exposure": "VENUE", "lastExposureAt": "%s"}"""
                .formatted(caseA, f1, hoursAgo(3)), 409);
        assertThat(refused).contains("\"field\":\"personId\",\"code\":\"ALREADY_LISTED\"", "#" + caseA);
        assertThat(count("select count(*) from tracing_contact where person_id = :p", f1)).isEqualTo(1);

        f1(tyt, caseB, f1, "VENUE");
        JsonNode listings = read(tyt, "/api/v1/tracing/contacts?personId=" + f1);
        assertThat(listings.get("total").asLong()).isEqualTo(2);
        assertThat(listings.get("rows").findValuesAsString("caseId")).isNotNull();
        assertThat(listings.get("rows").findValues("caseId").stream().map(JsonNode::asLong))
                .containsExactlyInAnyOrder(caseA, caseB);
        // the person's page links to both
        String page = mvc.perform(get("/tracing/contacts").param("personId", String.valueOf(f1)).with(as(tyt)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("/tracing/cases/" + caseA, "/tracing/cases/" + caseB);
        String personPage = mvc.perform(get("/people/" + f1).with(as(tyt))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(personPage).contains("/tracing/contacts?personId=" + f1, "Được ghi nhận là người tiếp xúc 2 lần");
    }

    @Test
    void a_bad_contact_is_refused_by_field_and_nothing_is_written() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long patient = person("Ca Lỗi Nhập", BAI_CHAY, HA_LONG);
        long caseId = confirmedCase(patient, 3);
        long p = person("Người Lỗi Nhập", BAI_CHAY, HA_LONG);
        assertThat(postJson(tyt, "/api/v1/tracing/contacts", """
                {"caseId": %d, "exposure": "BOAT", "lastExposureAt": "31/02/2021 10:00"}""".formatted(caseId), 400))
                .contains("\"field\":\"personId\",\"code\":\"REQUIRED\"", "\"field\":\"exposure\",\"code\":\"UNKNOWN_VALUE\"",
                        "\"field\":\"lastExposureAt\",\"code\":\"BAD_TIME\"");
        assertThat(postJson(tyt, "/api/v1/tracing/contacts", """
                {"personId": %d, "exposure": "VENUE", "lastExposureAt": "%s"}""".formatted(p, hoursAgo(-48)), 400))
                .contains("\"field\":\"caseId\",\"code\":\"CASE_OR_F1\"", "\"field\":\"lastExposureAt\",\"code\":\"IN_FUTURE\"");
        assertThat(postJson(tyt, "/api/v1/tracing/contacts", """
                {"caseId": %d, "personId": %d, "exposure": "VENUE", "lastExposureAt": "%s"}"""
                .formatted(caseId, patient, hoursAgo(1)), 400)).contains("\"field\":\"personId\",\"code\":\"SELF\"");
        assertThat(postJson(tyt, "/api/v1/tracing/contacts", """
                {"f1PersonId": %d, "personId": %d, "exposure": "VENUE", "lastExposureAt": "%s"}"""
                .formatted(p, patient, hoursAgo(1)), 400)).contains("\"field\":\"f1PersonId\",\"code\":\"NOT_F1\"");
        long elsewhere = person("Người Ở Ka Long Lỗi", KA_LONG, MONG_CAI);
        assertThat(postJson(tyt, "/api/v1/tracing/contacts", """
                {"caseId": %d, "personId": %d, "exposure": "VENUE", "lastExposureAt": "%s"}"""
                .formatted(caseId, elsewhere, hoursAgo(1)), 400))
                .contains("\"field\":\"personId\",\"code\":\"PERSON_NOT_FOUND\"");
        assertThat(count("select count(*) from tracing_contact where case_id = :p", caseId)).isZero();
        // the form names the field too
        String form = mvc.perform(post("/tracing/cases/" + caseId + "/contacts").with(as(tyt))
                        .param("personId", String.valueOf(p)).param("exposure", "VENUE").param("lastExposureAt", "hôm qua"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("Không đọc được thời gian hôm qua");
    }

    @Test
    void the_household_of_a_case_becomes_f1_in_one_action() throws Exception {
        String tyt = communeUser(HUNG_THANG);
        long home = household(HUNG_THANG, HA_LONG);
        long patient = person("Chủ Hộ Ca Bệnh", HUNG_THANG, HA_LONG, home, null);
        long wife = person("Vợ Cùng Hộ", HUNG_THANG, HA_LONG, home, null);
        long son = person("Con Cùng Hộ", HUNG_THANG, HA_LONG, home, null);
        person("Hàng Xóm Khác Hộ", HUNG_THANG, HA_LONG, household(HUNG_THANG, HA_LONG), null);
        long caseId = confirmedCase(patient, 2);
        f1(tyt, caseId, son, "CARE_UNPROTECTED");

        assertThat(postJson(tyt, "/api/v1/tracing/contacts/household", "{\"caseId\": %d}".formatted(caseId), 200))
                .contains("\"added\":1", "\"alreadyListed\":1");
        JsonNode list = read(tyt, "/api/v1/tracing/contacts?caseId=" + caseId + "&sort=name");
        assertThat(list.get("total").asLong()).isEqualTo(2);
        assertThat(list.get("rows").findValues("personId").stream().map(JsonNode::asLong)).containsExactlyInAnyOrder(wife, son);
        assertThat(list.toString()).contains("HOUSEHOLD", "đường Hạ Long").doesNotContain("Hàng Xóm");
        // again: nothing more
        assertThat(postJson(tyt, "/api/v1/tracing/contacts/household", "{\"caseId\": %d}".formatted(caseId), 200))
                .contains("\"added\":0", "\"alreadyListed\":2");
        // through the case page's button
        mvc.perform(post("/tracing/cases/" + caseId + "/household").with(as(tyt))).andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from tracing_contact where case_id = :p", caseId)).isEqualTo(2);
        assertThat(postJson(tyt, "/api/v1/tracing/contacts/household", "{}", 400)).contains("\"field\":\"caseId\"");
        // another commune cannot list the household of a case it cannot see
        postJson(communeUser(BAI_CHAY), "/api/v1/tracing/contacts/household", "{\"caseId\": %d}".formatted(caseId), 404);
    }

    @Test
    void an_f2_is_listed_under_an_f1_and_the_tracing_work_is_recorded() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long caseId = confirmedCase(person("Ca Có F2", BAI_CHAY, HA_LONG), 20);
        long f1Person = person("F1 Có F2", BAI_CHAY, HA_LONG);
        long f1 = f1(tyt, caseId, f1Person, "HOUSEHOLD");
        long f2Person = person("Người F2", BAI_CHAY, HA_LONG);
        long f2 = f2(tyt, f1Person, f2Person);
        JsonNode row = read(tyt, "/api/v1/tracing/contacts/" + f2);
        assertThat(row.get("level").asInt()).isEqualTo(2);
        assertThat(row.get("caseId").isNull()).isTrue();
        assertThat(row.get("sourcePersonId").asLong()).isEqualTo(f1Person);
        assertThat(postJson(tyt, "/api/v1/tracing/contacts", """
                {"f1PersonId": %d, "personId": %d, "exposure": "VENUE", "lastExposureAt": "%s"}"""
                .formatted(f1Person, f2Person, hoursAgo(2)), 409)).contains("\"field\":\"personId\",\"code\":\"ALREADY_LISTED_F2\"");

        assertThat(postJson(tyt, "/api/v1/tracing/contacts/" + f1 + "/status", "{\"status\": \"QUARANTINED\"}", 200))
                .contains("\"status\":\"QUARANTINED\"");
        assertThat(postJson(tyt, "/api/v1/tracing/contacts/" + f1 + "/status", "{\"status\": \"GONE\"}", 400))
                .contains("\"field\":\"status\"");
        assertThat(read(tyt, "/api/v1/tracing/contacts?caseId=" + caseId + "&status=OPEN").get("total").asLong()).isZero();
        postJson(communeUser(KA_LONG), "/api/v1/tracing/contacts/" + f1 + "/status", "{\"status\": \"RELEASED\"}", 404);

        String page = mvc.perform(get("/tracing/contacts/" + f1).with(as(tyt))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("F1 Có F2", "Người F2", "Đã cách ly", "action=\"/tracing/contacts/" + f1 + "/f2\"");
        long byForm = person("Người F2 Qua Biểu Mẫu", BAI_CHAY, HA_LONG);
        mvc.perform(post("/tracing/contacts/" + f1 + "/f2").with(as(tyt)).param("personId", String.valueOf(byForm))
                        .param("exposure", "TRANSPORT").param("lastExposureAt", hoursAgo(4)))
                .andExpect(status().is3xxRedirection());
        assertThat(read(tyt, "/api/v1/tracing/contacts?personId=" + byForm).get("rows").get(0).get("sourcePersonId").asLong())
                .isEqualTo(f1Person);
    }

    @Test
    void writes_outside_the_capture_scope_are_forbidden_and_nothing_is_written() throws Exception {
        long caseId = confirmedCase(person("Ca Chỉ Xem", BAI_CHAY, HA_LONG), 4);
        long p = person("Người Chỉ Xem", BAI_CHAY, HA_LONG);
        String viewer = "c.viewer.halong";
        users.ensure(viewer, Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", HUNG_THANG), Scope.of("DISTRICT", HA_LONG));
        postJson(viewer, "/api/v1/tracing/contacts", """
                {"caseId": %d, "personId": %d, "exposure": "VENUE", "lastExposureAt": "%s"}"""
                .formatted(caseId, p, hoursAgo(1)), 403);
        postJson(viewer, "/api/v1/tracing/contacts/household", "{\"caseId\": %d}".formatted(caseId), 403);
        // a school reads, never writes
        long school = unit("SCHOOL", "Trường Tiếp Xúc", BAI_CHAY, HA_LONG);
        postJson(unitUser(Role.SCHOOL, school), "/api/v1/tracing/contacts", """
                {"caseId": %d, "personId": %d, "exposure": "SCHOOL", "lastExposureAt": "%s"}"""
                .formatted(caseId, p, hoursAgo(1)), 403);
        assertThat(count("select count(*) from tracing_contact where case_id = :p", caseId)).isZero();
        // another commune cannot list under a case it cannot see
        postJson(communeUser(KA_LONG), "/api/v1/tracing/contacts", """
                {"caseId": %d, "personId": %d, "exposure": "VENUE", "lastExposureAt": "%s"}"""
                .formatted(caseId, person("Người Ka Long Viết", KA_LONG, MONG_CAI), hoursAgo(1)), 404);
    }

    @Test
    void a_school_sees_the_contacts_among_its_students_and_another_school_nothing() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long school = unit("SCHOOL", "Trường Có F1", BAI_CHAY, HA_LONG);
        long other = unit("SCHOOL", "Trường Không F1", BAI_CHAY, HA_LONG);
        long caseId = confirmedCase(person("Ca Học Sinh", BAI_CHAY, HA_LONG), 6);
        long pupil = person("Học Sinh F1", BAI_CHAY, HA_LONG, null, school);
        long id = f1(tyt, caseId, pupil, "SCHOOL");
        assertThat(getJson(unitUser(Role.SCHOOL, school), "/api/v1/tracing/contacts", 200)).contains("Học Sinh F1");
        getJson(unitUser(Role.SCHOOL, school), "/api/v1/tracing/contacts/" + id, 200);
        getJson(unitUser(Role.SCHOOL, other), "/api/v1/tracing/contacts/" + id, 404);
        assertThat(getJson(unitUser(Role.SCHOOL, other), "/api/v1/tracing/contacts", 200)).doesNotContain("Học Sinh F1");
        // a laboratory has no business with contacts
        getJson(unitUser(Role.LABORATORY, unit("LABORATORY", "Phòng XN", BAI_CHAY, HA_LONG)), "/api/v1/tracing/contacts", 403);
    }

    @Test
    void the_contact_list_exports_to_xlsx_with_an_audit_record_and_only_inside_the_scope() throws Exception {
        String tyt = communeUser(HUNG_THANG);
        long caseId = confirmedCase(person("Ca Xuất Danh Sách", HUNG_THANG, HA_LONG), 7);
        f1(tyt, caseId, person("Người Xuất Một", HUNG_THANG, HA_LONG), "VENUE");
        f1(provinceUser(), caseId, person("Người Xuất Ka Long", KA_LONG, MONG_CAI), "VENUE");
        long exports = count("select count(*) from access_audit where entity_type = 'tracing_contact' and action = 'EXPORT' and after->>'caseId' = cast(:p as text)", caseId);
        byte[] xlsx = mvc.perform(get("/tracing/contacts/export.xlsx").param("caseId", String.valueOf(caseId)).with(as(tyt)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Người Xuất Một");
            assertThat(sheet.getRow(1).getCell(8).getStringCellValue()).isEqualTo("Cùng địa điểm");
        }
        assertThat(count("select count(*) from access_audit where entity_type = 'tracing_contact' and action = 'EXPORT' and after->>'caseId' = cast(:p as text)", caseId))
                .isEqualTo(exports + 1);
        String page = mvc.perform(get("/tracing/cases/" + caseId).with(as(tyt))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Người Xuất Một", "action=\"/tracing/cases/" + caseId + "/contacts\"", "name=\"_csrf\"",
                "action=\"/tracing/cases/" + caseId + "/household\"").doesNotContain("Người Xuất Ka Long");
        mvc.perform(get("/tracing/cases/" + caseId).with(as(communeUser(KA_LONG)))).andExpect(status().isNotFound());
    }

    @Test
    void a_merge_of_two_records_of_one_person_moves_their_contacts_to_the_survivor() throws Exception {
        String tyt = communeUser(HUNG_THANG);
        long caseA = confirmedCase(person("Ca Gộp Hồ Sơ A", HUNG_THANG, HA_LONG), 9);
        long caseB = confirmedCase(person("Ca Gộp Hồ Sơ B", HUNG_THANG, HA_LONG), 8);
        long survivor = person("Người Hai Hồ Sơ", HUNG_THANG, HA_LONG);
        long duplicate = person("Người Hai Hồ Sơ", HUNG_THANG, HA_LONG);
        f1(tyt, caseA, survivor, "VENUE");
        long dupA = f1(tyt, caseA, duplicate, "VENUE");
        long dupB = f1(tyt, caseB, duplicate, "WORKPLACE");
        long f2 = f2(tyt, duplicate, person("F2 Của Hồ Sơ Trùng", HUNG_THANG, HA_LONG));
        mvc.perform(post("/api/v1/people/{id}/merge", survivor).with(as(tyt))
                        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                        .content("{\"duplicateId\":" + duplicate + "}"))
                .andExpect(status().isOk());
        JsonNode listings = read(tyt, "/api/v1/tracing/contacts?personId=" + survivor);
        assertThat(listings.get("total").asLong()).isEqualTo(2);
        assertThat(listings.get("rows").findValues("caseId").stream().map(JsonNode::asLong))
                .containsExactlyInAnyOrder(caseA, caseB);
        assertThat(count("select count(*) from tracing_contact where id = :p", dupA)).isZero();
        assertThat(read(tyt, "/api/v1/tracing/contacts/" + dupB).get("personId").asLong()).isEqualTo(survivor);
        assertThat(read(tyt, "/api/v1/tracing/contacts/" + f2).get("sourcePersonId").asLong()).isEqualTo(survivor);
    }
}
