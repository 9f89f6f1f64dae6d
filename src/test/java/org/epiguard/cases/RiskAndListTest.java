package org.epiguard.cases;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class RiskAndListTest extends CasesTestSupport {

    long manualCase(long person, String at) throws Exception {
        return idOf(postJson(provinceUser(), "/api/v1/cases", """
                {"personId": %d, "status": "CONFIRMED", "at": "%s"}""".formatted(person, at), 201));
    }

    void dose(long person, String date) throws Exception {
        postJson(provinceUser(), "/api/v1/vaccination/doses", """
                {"personId": %d, "productCode": "PFIZER", "doseDate": "%s"}""".formatted(person, date), 201);
    }

    void fullyVaccinated(long person) throws Exception {
        dose(person, "01/06/2021");
        dose(person, "01/07/2021");
    }

    String risk(long caseId) {
        return jdbc.sql("select risk_group from cases_case where id = :id").param("id", caseId).query(String.class).single();
    }

    String clinical(long caseId, String json, int expect) throws Exception {
        return putJson(communeUser(BAI_CHAY), "/api/v1/cases/" + caseId + "/clinical", json, expect);
    }

    long comorbidPerson(String name, String commune, String district, int birthYear) {
        long p = person(name, commune, district, null, birthYear);
        jdbc.sql("update people_person set comorbidities = '{DIABETES}' where id = :p").param("p", p).update();
        return p;
    }

    @Test
    void the_risk_colour_follows_age_comorbidities_vaccination_symptoms_and_spo2() throws Exception {
        String now = hoursAgo(1);
        long young = manualCase(person("Tạ Văn Trẻ", BAI_CHAY, HA_LONG, null, 1996), now);
        assertThat(risk(young)).isEqualTo("YELLOW");
        assertThat(jdbc.sql("select vaccination_status from cases_case where id = :id").param("id", young)
                .query(String.class).single()).isEqualTo("UNVACCINATED");
        assertThat(clinical(young, "{\"symptoms\": [\"FEVER\", \"SHORTNESS_OF_BREATH\"]}", 200))
                .contains("\"riskGroup\":\"ORANGE\"", "\"symptoms\":[\"FEVER\",\"SHORTNESS_OF_BREATH\"]");
        clinical(young, "{\"symptoms\": [\"FEVER\"], \"spo2\": 92}", 200);
        assertThat(risk(young)).isEqualTo("RED");
        clinical(young, "{\"symptoms\": [], \"spo2\": 98}", 200);
        assertThat(risk(young)).isEqualTo("YELLOW");

        long elderly = manualCase(comorbidPerson("Tạ Văn Cụ", BAI_CHAY, HA_LONG, 1950), now);
        assertThat(risk(elderly)).isEqualTo("ORANGE");

        long protectedPerson = person("Tạ Thị Đủ Liều", BAI_CHAY, HA_LONG, null, 1996);
        fullyVaccinated(protectedPerson);
        long green = manualCase(protectedPerson, now);
        assertThat(risk(green)).isEqualTo("GREEN");
        assertThat(count("select count(*) from access_audit where entity_type = 'cases_case' and entity_id = :p::text"
                + " and summary like 'risk group%'", young)).isEqualTo(4);
    }

    @Test
    void doses_recorded_late_change_the_risk_colour_of_an_open_case_of_a_later_day() throws Exception {
        long person = person("Tạ Văn Tiêm Muộn", BAI_CHAY, HA_LONG, null, 1995);
        long open = manualCase(person, hoursAgo(2));
        assertThat(risk(open)).isEqualTo("YELLOW");
        fullyVaccinated(person); // doses of 2021 entered today
        for (int i = 0; i < 100 && !risk(open).equals("GREEN"); i++) {
            Thread.sleep(100);
        }
        assertThat(risk(open)).isEqualTo("GREEN");
        assertThat(jdbc.sql("select vaccination_status from cases_case where id = :id").param("id", open)
                .query(String.class).single()).isNotEqualTo("UNVACCINATED");
        assertThat(count("select count(*) from access_audit where entity_type = 'cases_case' and entity_id = :p::text"
                + " and summary like 'risk group%'", open)).isEqualTo(2);
    }

    @Test
    void bad_symptoms_and_spo2_are_named_and_nothing_changes() throws Exception {
        long id = manualCase(person("Tạ Văn Sai Số", BAI_CHAY, HA_LONG), hoursAgo(1));
        assertThat(clinical(id, "{\"symptoms\": [\"FEVER\", \"SNEEZING\"], \"spo2\": 120}", 400))
                .contains("\"field\":\"symptoms[1]\",\"code\":\"UNKNOWN_VALUE\"", "\"field\":\"spo2\",\"code\":\"OUT_OF_RANGE\"");
        assertThat(jdbc.sql("select cardinality(symptoms) from cases_case where id = :id").param("id", id)
                .query(Integer.class).single()).isZero();
        putJson(communeUser(HUNG_THANG), "/api/v1/cases/" + id + "/clinical", "{\"spo2\": 95}", 404);
        putJson(districtUser(MONG_CAI), "/api/v1/cases/" + id + "/clinical", "{\"spo2\": 95}", 404);
        assertThat(risk(id)).isEqualTo("YELLOW");
    }

    @Test
    void the_risk_rule_in_force_on_the_cases_day_applies() throws Exception {
        String bcd = provinceUser();
        postJson(bcd, "/api/v1/cases/rules/risk", """
                {"effectiveFrom": "01/09/2021", "oldAge": 65, "middleAge": 25, "spo2HighBelow": 96, "spo2VeryHighBelow": 94}""", 201);
        postJson(bcd, "/api/v1/cases/rules/risk", """
                {"effectiveFrom": "01/10/2021", "oldAge": 65, "middleAge": 50, "spo2HighBelow": 96, "spo2VeryHighBelow": 94}""", 201);
        assertThat(postJson(bcd, "/api/v1/cases/rules/risk", """
                {"effectiveFrom": "01/11/2021", "oldAge": 60, "middleAge": 70, "spo2HighBelow": 99, "spo2VeryHighBelow": 40}""", 400))
                .contains("\"field\":\"spo2VeryHighBelow\",\"code\":\"OUT_OF_RANGE\"");
        assertThat(postJson(bcd, "/api/v1/cases/rules/risk", """
                {"effectiveFrom": "01/11/2021", "oldAge": 60, "middleAge": 70, "spo2HighBelow": 96, "spo2VeryHighBelow": 94}""", 400))
                .contains("\"field\":\"middleAge\",\"code\":\"ABOVE\"");
        postJson(communeUser(BAI_CHAY), "/api/v1/cases/rules/risk", """
                {"effectiveFrom": "01/11/2021", "oldAge": 65, "middleAge": 50, "spo2HighBelow": 96, "spo2VeryHighBelow": 94}""", 403);

        long september = person("Ninh Văn Tháng Chín", BAI_CHAY, HA_LONG, null, 1991);
        long october = person("Ninh Thị Tháng Mười", BAI_CHAY, HA_LONG, null, 1991);
        fullyVaccinated(september);
        fullyVaccinated(october);
        assertThat(risk(manualCase(september, "15/09/2021 10:00"))).isEqualTo("YELLOW");
        assertThat(risk(manualCase(october, "15/10/2021 10:00"))).isEqualTo("GREEN");
    }

    /** A commune of Hạ Long that no other test of the module uses. */
    String quietCommune() {
        return jdbc.sql("""
                        select code from geo_admin_unit where parent_code = '193' and code not in ('06673', '06676')
                         order by code desc limit 1""").query(String.class).single();
    }

    static List<String> names(String json) {
        List<String> names = new ArrayList<>();
        var m = Pattern.compile("\"fullName\":\"([^\"]+)\"").matcher(json);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void the_list_shows_small_children_minors_the_old_with_comorbidities_and_the_unvaccinated_first() throws Exception {
        String commune = quietCommune();
        String now = hoursAgo(1);
        int year = java.time.LocalDate.now().getYear();
        long vaccinated = person("Lý Văn Đã Tiêm", commune, HA_LONG, null, year - 40);
        fullyVaccinated(vaccinated);
        manualCase(vaccinated, now);
        manualCase(person("Lý Văn Chưa Tiêm", commune, HA_LONG, null, year - 35), now);
        manualCase(comorbidPerson("Lý Văn Cao Tuổi", commune, HA_LONG, year - 70), now);
        manualCase(person("Lý Thị Thiếu Niên", commune, HA_LONG, null, year - 15), now);
        manualCase(person("Lý Bé Nhỏ", commune, HA_LONG, null, year - 3), now);

        String district = districtUser(HA_LONG);
        String body = getJson(district, "/api/v1/cases?commune=" + commune, 200);
        assertThat(names(body)).containsExactly("Lý Bé Nhỏ", "Lý Thị Thiếu Niên", "Lý Văn Cao Tuổi", "Lý Văn Chưa Tiêm",
                "Lý Văn Đã Tiêm");
        assertThat(body).contains("\"total\":5", "\"watch\":\"UNDER_5\"", "\"watch\":\"ELDERLY_COMORBID\"");
        assertThat(names(getJson(district, "/api/v1/cases?commune=" + commune + "&watch=UNDER_18", 200)))
                .containsExactly("Lý Thị Thiếu Niên");
        assertThat(names(getJson(district, "/api/v1/cases?commune=" + commune + "&sort=name&size=2", 200)))
                .containsExactly("Lý Bé Nhỏ", "Lý Thị Thiếu Niên");
        assertThat(names(getJson(district, "/api/v1/cases?commune=" + commune + "&sort=age&dir=desc&size=2", 200)))
                .containsExactly("Lý Văn Cao Tuổi", "Lý Văn Đã Tiêm");
        assertThat(names(getJson(district, "/api/v1/cases?commune=" + commune + "&sort=priority&dir=desc&size=1", 200)))
                .containsExactly("Lý Văn Đã Tiêm");
        assertThat(names(getJson(district, "/api/v1/cases?commune=" + commune + "&risk=GREEN", 200)))
                .containsExactly("Lý Văn Đã Tiêm");
        assertThat(getJson(district, "/api/v1/cases?risk=PURPLE&watch=OLD", 400))
                .contains("\"field\":\"risk\"", "\"field\":\"watch\"");

        assertThat(getJson(communeUser(BAI_CHAY), "/api/v1/cases?commune=" + commune, 200)).contains("\"total\":0");
        assertThat(getJson(districtUser(MONG_CAI), "/api/v1/cases?commune=" + commune, 200)).contains("\"total\":0");

        String page = mvc.perform(get("/cases").param("commune", commune).with(as(district))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Lý Bé Nhỏ", "Trẻ dưới 5 tuổi", "/cases/export.xlsx?commune=" + commune);
        long before = jdbc.sql("select count(*) from access_audit where entity_type = 'cases_case' and action = 'EXPORT'")
                .query(Long.class).single();
        byte[] xlsx = mvc.perform(get("/cases/export.xlsx").param("commune", commune).with(as(district)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(5);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Lý Bé Nhỏ");
        }
        assertThat(jdbc.sql("select count(*) from access_audit where entity_type = 'cases_case' and action = 'EXPORT'")
                .query(Long.class).single()).isEqualTo(before + 1);
        byte[] elsewhere = mvc.perform(get("/cases/export.xlsx").param("commune", commune).with(as(districtUser(MONG_CAI))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(elsewhere))) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
        }
    }

    @Test
    void the_case_page_shows_the_case_inside_the_scope_only() throws Exception {
        long person = person("Quách Văn Trang Ca", BAI_CHAY, HA_LONG);
        long id = manualCase(person, hoursAgo(2));
        assertThat(mvc.perform(get("/people/" + person).with(as(communeUser(BAI_CHAY)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("/cases/" + id);
        String page = mvc.perform(get("/cases/" + id).with(as(communeUser(BAI_CHAY)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Quách Văn Trang Ca", "Ca bệnh xác định", "Vàng (nguy cơ trung bình)",
                "/cases/" + id + "/transition");
        mvc.perform(get("/cases/" + id).with(as(communeUser(HUNG_THANG)))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/" + id).with(as(districtUser(MONG_CAI)))).andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/cases/" + id + "/transition")
                        .with(as(communeUser(BAI_CHAY))).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf()).param("to", "ISOLATED"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select status from cases_case where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("ISOLATED");
    }

    @Test
    void a_unit_sees_and_changes_only_the_cases_it_reported() throws Exception {
        long lab = unit("LABORATORY", "Phòng xét nghiệm báo ca", BAI_CHAY, HA_LONG);
        long otherLab = unit("LABORATORY", "Phòng xét nghiệm khác ca", BAI_CHAY, HA_LONG);
        long school = unit("SCHOOL", "Trường không báo ca", BAI_CHAY, HA_LONG);
        long p = person("Doãn Văn Phòng Lab", BAI_CHAY, HA_LONG);
        positivePcr(communeUser(BAI_CHAY), p, lab, hoursAgo(5), hoursAgo(1));
        long id = casesOf(p).getFirst();
        String mine = unitUser(org.epiguard.access.Role.LABORATORY, lab);
        assertThat(getJson(mine, "/api/v1/cases?commune=" + BAI_CHAY + "&size=200", 200)).contains("\"id\":" + id + ",");
        for (String other : List.of(unitUser(org.epiguard.access.Role.LABORATORY, otherLab),
                unitUser(org.epiguard.access.Role.SCHOOL, school))) {
            assertThat(getJson(other, "/api/v1/cases", 200)).contains("\"total\":0");
            getJson(other, "/api/v1/cases/" + id, 404);
            getJson(other, "/api/v1/cases/" + id + "/investigation", 404);
            mvc.perform(get("/cases/" + id).with(as(other))).andExpect(status().isNotFound());
            byte[] xlsx = mvc.perform(get("/cases/export.xlsx").with(as(other))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
            }
        }
        // a laboratory reads the cases it reported but does not manage them
        putJson(mine, "/api/v1/cases/" + id + "/clinical", "{\"spo2\": 90}", 403);
        postJson(mine, "/api/v1/cases/" + id + "/transitions", "{\"to\": \"ISOLATED\"}", 403);
        assertThat(risk(id)).isEqualTo("YELLOW");
    }
}
