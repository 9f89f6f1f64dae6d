package org.epiguard.vaccination;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The coverage page, API and export, each limited to the units inside the user's view scope. */
class CoverageWebTest extends IntegrationTest {

    String district;
    String commune;
    String otherCommune;
    String province = "94";

    @BeforeEach
    void communeWithAdultsVaccinated() {
        var data = new CoverageTestData(jdbc);
        List<String> codes = data.district(1);
        district = codes.get(0);
        commune = codes.get(1);
        otherCommune = codes.get(2);
        user("cov.commune", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", commune));
        user("cov.other", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", otherCommune));
        user("cov.district", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", district));
        user("cov.province", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", province));
        if (jdbc.sql("select count(*) from people_person where commune_code = :c").param("c", commune)
                .query(Long.class).single() > 0) {
            return;
        }
        // population 18+: 4; registered adults 2, both with 2 doses, one boosted: dose 1 50%, dose 2 50%, dose 3 25%
        data.population(commune, 0, 0, 2, 2, 1, 1);
        data.doses(data.person(commune, null, "Châu Văn Phủ Sóng", "1980"), "2021-08-01", "2021-08-29", "2022-01-05");
        data.doses(data.person(commune, null, "Châu Thị Phủ Sóng", "1985"), "2021-08-01", "2021-08-29");
        data.doses(data.person(commune, null, "Châu Văn Thiếu Niên", "2008-05-05"), "2021-11-20");
        data.person(otherCommune, null, "Tăng Văn Xã Bên", "1970");
    }

    @Test
    void a_commune_user_gets_the_coverage_of_their_commune_by_api() throws Exception {
        mvc.perform(get("/api/v1/vaccination/coverage").param("date", "08/02/2022").with(as("cov.commune")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.code").value(commune))
                .andExpect(jsonPath("$.unit.groups[1].group").value("AGE_18_PLUS"))
                .andExpect(jsonPath("$.unit.groups[1].population").value(4))
                .andExpect(jsonPath("$.unit.groups[1].registered").value(2))
                .andExpect(jsonPath("$.unit.groups[1].atLeast3").value(1))
                .andExpect(jsonPath("$.unit.groups[0].atLeast1").value(1));
    }

    @Test
    void a_commune_user_cannot_see_the_coverage_of_another_commune_or_of_their_district() throws Exception {
        for (String unit : List.of(otherCommune, district, province, "22", "06673")) {
            mvc.perform(get("/api/v1/vaccination/coverage").param("unit", unit).with(as("cov.commune")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/vaccination/coverage").param("unit", unit).with(as("cov.commune")))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/vaccination/coverage/export.xlsx").param("unit", unit).with(as("cov.commune")))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/vaccination/coverage").param("unit", commune).with(as("cov.other")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("registered"))));
    }

    @Test
    void a_district_user_sees_each_commune_of_the_district_and_nothing_outside() throws Exception {
        mvc.perform(get("/api/v1/vaccination/coverage").param("date", "2022-02-08").with(as("cov.district")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.unit.code").value(district))
                .andExpect(jsonPath("$.parts[?(@.code == '%s')].groups[1].atLeast2".formatted(commune)).value(2));
        mvc.perform(get("/api/v1/vaccination/coverage").param("unit", province).with(as("cov.district")))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_bad_date_is_refused_naming_the_field() throws Exception {
        mvc.perform(get("/api/v1/vaccination/coverage").param("date", "31/02/2022").with(as("cov.commune")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("date"));
        mvc.perform(get("/vaccination/coverage").param("date", "hôm qua").with(as("cov.commune")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data-test=\"date-error\"")));
    }

    @Test
    void the_page_says_coverage_like_the_provincial_report_in_vietnamese_and_english() throws Exception {
        String vi = mvc.perform(get("/vaccination/coverage").param("unit", commune).param("date", "08/02/2022")
                        .with(as("cov.province")).locale(Locale.forLanguageTag("vi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(vi).contains("18+: mũi 1 50%, mũi 2 50%, mũi 3 25%; 12–17: mũi 1 50%, mũi 2 0%")
                .contains("18+: mũi 1 100%, mũi 2 100%, mũi 3 50%; 12–17: mũi 1 100%, mũi 2 0%")
                .contains("(chưa ghi thôn, khu)");
        String en = mvc.perform(get("/vaccination/coverage").param("unit", district).param("date", "08/02/2022")
                        .param("basis", "registry").param("lang", "en").with(as("cov.province")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(en).contains("18+: dose 1 66.67%, dose 2 66.67%, dose 3 33.33%").contains("Of registered people").contains("coverage-table");
    }

    @Test
    void the_province_picker_leads_to_a_commune_and_drops_a_commune_outside_the_picked_district() throws Exception {
        String page = mvc.perform(get("/vaccination/coverage").param("province", province).param("district", district)
                        .param("commune", commune).with(as("cov.province")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-test=\"coverage-unit\"").contains(jdbc.sql("select name from geo_admin_unit where code = :c")
                .param("c", commune).query(String.class).single());
        String stale = mvc.perform(get("/vaccination/coverage").param("province", province).param("district", district)
                        .param("commune", "06673").with(as("cov.province")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("/vaccination/coverage?unit=" + commune);
    }

    @Test
    void the_coverage_exports_to_xlsx_with_counts_and_both_percentages_and_is_audited() throws Exception {
        byte[] body = mvc.perform(get("/vaccination/coverage/export.xlsx").param("unit", district).param("date", "08/02/2022")
                        .with(as("cov.district")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(body))) {
            var sheet = wb.getSheetAt(0);
            var header = sheet.getRow(0);
            int registered18 = -1;
            int dose3Population18 = -1;
            for (var cell : header) {
                if (cell.getStringCellValue().equals("18+ số người trong sổ")) registered18 = cell.getColumnIndex();
                if (cell.getStringCellValue().equals("18+ % ≥ 3 mũi trên dân số")) dose3Population18 = cell.getColumnIndex();
            }
            assertThat(registered18).isPositive();
            boolean found = false;
            for (var row : sheet) {
                if (row.getRowNum() > 0 && commune.equals(row.getCell(1).getStringCellValue())) {
                    found = true;
                    assertThat(row.getCell(registered18).getNumericCellValue()).isEqualTo(2);
                    assertThat(row.getCell(dose3Population18).getNumericCellValue()).isEqualTo(25.0);
                }
            }
            assertThat(found).isTrue();
        }
        assertThat(jdbc.sql("select count(*) from access_audit where action = 'EXPORT' and entity_type = 'vaccination_coverage' and entity_id = :d")
                .param("d", district).query(Long.class).single()).isPositive();
    }
}
