package org.epiguard.testing;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.epiguard.access.Role;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The people tested in the last days in a commune or an organisation unit, with names only inside the scope. */
class PeopleTestedTest extends ViewsTestSupport {

    static String daysAgo(int days) {
        return hoursAgo(days * 24);
    }

    @Test
    void a_commune_lists_its_residents_tested_in_the_last_days_and_a_unit_those_it_tested() throws Exception {
        String commune = quietCommune(1);
        String tyt = communeUser(commune);
        long school = unit("SCHOOL", "Trường đã xét nghiệm", commune, HA_LONG);
        long lab = unit("LABORATORY", "Phòng xét nghiệm danh sách", commune, HA_LONG);
        long hoa = person("Đinh Thị Hoa Đã Test", commune, HA_LONG, school);
        long kien = person("Đinh Văn Kiên Đã Test", commune, HA_LONG);
        long cu = person("Đinh Văn Cũ Đã Test", commune, HA_LONG);
        String s = sample(tyt, hoa, "SCREENING", hoursAgo(5), school, lab);
        postJson(tyt, "/api/v1/testing/results", resultJson("PCR_SINGLE", s, null, "NEGATIVE", null, hoursAgo(1)), 201);
        postJson(tyt, "/api/v1/testing/rapid-tests", """
                {"personId": %d, "kind": "RAPID_PROFESSIONAL", "outcome": "NEGATIVE", "testedAt": "%s", "priority": "SCREENING"}"""
                .formatted(kien, daysAgo(3)), 201);
        sample(tyt, kien, "SCREENING", daysAgo(2), null, lab);
        sample(tyt, cu, "SCREENING", daysAgo(20), null, lab);

        String week = getJson(tyt, "/api/v1/testing/stats/people-tested?commune=" + commune + "&days=7", 200);
        assertThat(week).contains("\"people\":2,", "\"samples\":3,", "Đinh Thị Hoa Đã Test", "Đinh Văn Kiên Đã Test",
                "\"lastOutcome\":\"NEGATIVE\"").doesNotContain("Đinh Văn Cũ Đã Test");
        assertThat(getJson(tyt, "/api/v1/testing/stats/people-tested?commune=" + commune + "&days=30", 200))
                .contains("\"people\":3,", "Đinh Văn Cũ Đã Test");
        // the commune user's own commune is the default; the district sees it too
        assertThat(getJson(tyt, "/api/v1/testing/stats/people-tested", 200)).contains("\"people\":2,");
        assertThat(getJson(districtUser(HA_LONG), "/api/v1/testing/stats/people-tested?commune=" + commune, 200))
                .contains("Đinh Thị Hoa Đã Test");
        // the school: those it collected
        String bySchool = getJson(unitUser(Role.SCHOOL, school), "/api/v1/testing/stats/people-tested", 200);
        assertThat(bySchool).contains("\"people\":1,", "Đinh Thị Hoa Đã Test").doesNotContain("Kiên");
        assertThat(getJson(tyt, "/api/v1/testing/stats/people-tested?unitId=" + school, 200)).contains("\"people\":1,");

        // another commune, another district, another school: nothing
        getJson(communeUser(KA_LONG), "/api/v1/testing/stats/people-tested?commune=" + commune, 404);
        getJson(communeUser(KA_LONG), "/api/v1/testing/stats/people-tested?unitId=" + school, 404);
        getJson(communeUser(BAI_CHAY), "/api/v1/testing/stats/people-tested?commune=" + commune, 404);
        getJson(districtUser(MONG_CAI), "/api/v1/testing/stats/people-tested?commune=" + commune, 404);
        String otherSchool = unitUser(Role.SCHOOL, unit("SCHOOL", "Trường khác", commune, HA_LONG));
        getJson(otherSchool, "/api/v1/testing/stats/people-tested?unitId=" + school, 404);
        assertThat(getJson(otherSchool, "/api/v1/testing/stats/people-tested", 200)).contains("\"people\":0,")
                .doesNotContain("Đinh");
        assertThat(getJson(communeUser(KA_LONG), "/api/v1/testing/stats/people-tested", 200)).doesNotContain("Đinh");

        // the page, and the export with its audit record
        String page = mvc.perform(get("/testing/stats/people").param("commune", commune).with(as(tyt)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Đinh Thị Hoa Đã Test", "2 người, 3 mẫu");
        long audits = count("select count(*) from access_audit where entity_type = 'testing_people_tested' and entity_id = :p", commune);
        byte[] xlsx = mvc.perform(get("/testing/stats/people/export.xlsx").param("commune", commune).with(as(tyt)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Đinh Thị Hoa Đã Test");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Đinh Văn Kiên Đã Test");
        }
        assertThat(count("select count(*) from access_audit where entity_type = 'testing_people_tested' and entity_id = :p", commune))
                .isEqualTo(audits + 1);
        mvc.perform(get("/testing/stats/people/export.xlsx").param("commune", commune).with(as(communeUser(KA_LONG))))
                .andExpect(status().isNotFound());
        assertThat(count("select count(*) from access_audit where entity_type = 'testing_people_tested' and entity_id = :p", commune))
                .isEqualTo(audits + 1);
    }

    @Test
    void a_bad_number_of_days_is_refused_by_field() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        assertThat(getJson(tyt, "/api/v1/testing/stats/people-tested?days=0", 400)).contains("\"field\":\"days\",\"code\":\"DAYS_RANGE\"");
        assertThat(getJson(tyt, "/api/v1/testing/stats/people-tested?days=91", 400)).contains("\"field\":\"days\",\"code\":\"DAYS_RANGE\"");
        assertThat(getJson(tyt, "/api/v1/testing/stats/people-tested?days=abc", 400)).contains("\"field\":\"days\",\"code\":\"BAD_NUMBER\"");
        assertThat(getJson(districtUser(HA_LONG), "/api/v1/testing/stats/people-tested", 400))
                .contains("\"field\":\"commune\",\"code\":\"REQUIRED\"");
    }
}
