package org.epiguard.situation;

import com.jayway.jsonpath.JsonPath;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Epidemic levels through the API and pages: assessed on real cases, population and doses of Cà Mau,
 * by the rule version in force on the date, with their explanation, the 48-hour notice and measures.
 */
class EpidemicLevelTest extends IntegrationTest {

    SituationTestData data;
    String admin;
    String committee;

    @BeforeEach
    void users() {
        data = new SituationTestData(jdbc);
        admin = user("sit.admin", Role.SYSTEM_ADMIN, Scope.of("PROVINCE", SituationTestData.PROVINCE));
        committee = user("sit.committee", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", SituationTestData.PROVINCE));
        user("sit.other", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "22"));
    }

    /** Recomputes Cà Mau on a date as a background job and waits for it. */
    void recompute(String date) throws Exception {
        LevelJobs.recompute(mvc, as(committee), SituationTestData.PROVINCE, date);
    }

    String level(String unit, String date) throws Exception {
        return mvc.perform(get("/api/v1/situation/levels/" + unit).param("date", date).with(as(committee)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void criterion_1_bands_start_at_20_50_and_150_community_cases_per_100000_and_quarantine_cases_do_not_count()
            throws Exception {
        List<String> d = data.district(0);
        String[] communes = {d.get(1), d.get(2), d.get(3), d.get(4)};
        int[] cases = {19, 20, 50, 150};
        for (int i = 0; i < 4; i++) {
            data.population(communes[i], 100_000, 0, 0);
            data.cases(communes[i], cases[i], "2021-11-18T09:00:00", false, false);
            data.cases(communes[i], 7, "2021-11-18T09:00:00", true, false);
        }
        recompute("20/11/2021");
        for (int i = 0; i < 4; i++) {
            String json = level(communes[i], "20/11/2021");
            assertThat((Integer) JsonPath.read(json, "$.band")).isEqualTo(i + 1);
            // no adult population: coverage low, so band 1 → level 2 … band 4 → level 4
            assertThat((Integer) JsonPath.read(json, "$.assessedLevel")).isEqualTo(new int[]{2, 3, 4, 4}[i]);
        }
        String json = level(communes[1], "20/11/2021");
        List<String> lines = JsonPath.read(json, "$.explanation[*].text");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("20 ≤ x < 50").contains("20 ca mắc mới tại cộng đồng"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("4800/QĐ-BYT v1 (12/10/2021)"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("giả định đáp ứng"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("mức 2 × đáp ứng LOW → cấp 3"));
        assertThat((Integer) JsonPath.read(json, "$.inputs.communityCases")).isEqualTo(20);
        assertThat((Integer) JsonPath.read(json, "$.inputs.newCases")).isEqualTo(27);
        mvc.perform(get("/api/v1/situation/levels/" + communes[1]).param("date", "20-11-2021").with(as(committee)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("date"));
        mvc.perform(get("/api/v1/situation/levels/99999").with(as(committee))).andExpect(status().isNotFound());
        mvc.perform(get("/situation/levels").param("unit", communes[1]).param("date", "hôm qua").with(as(committee)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-test=\"date-error\"")));
    }

    @Test
    void coverage_is_high_from_70_percent_of_adults_with_one_dose() throws Exception {
        List<String> d = data.district(1);
        String high = d.get(1);
        String low = d.get(2);
        for (String c : List.of(high, low)) {
            data.population(c, 100_000, 7, 3);
            data.vaccinated(c, 3, 1960, 2);   // 50+: 3 of 3 fully vaccinated
        }
        data.vaccinated(high, 4, 1990, 1);    // adults with a dose: 7 of 10 = 70%
        data.vaccinated(low, 3, 1990, 1);     // 6 of 10 = 60%
        recompute("20/11/2021");
        String json = level(high, "20/11/2021");
        assertThat((String) JsonPath.read(json, "$.response")).isEqualTo("HIGH");
        assertThat((Integer) JsonPath.read(json, "$.assessedLevel")).isEqualTo(1);
        List<String> lines = JsonPath.read(json, "$.explanation[*].text");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("7/10").contains("70% ≥ 70%").contains("đạt"));
        String lowJson = level(low, "20/11/2021");
        assertThat((String) JsonPath.read(lowJson, "$.response")).isEqualTo("LOW");
        assertThat((Integer) JsonPath.read(lowJson, "$.assessedLevel")).isEqualTo(2);
    }

    @Test
    void a_new_rule_version_applies_from_its_effective_date_and_218_replaces_4800_on_27_01_2022() throws Exception {
        List<String> d = data.district(2);
        String commune = d.get(1);
        data.population(commune, 100_000, 0, 0);
        data.cases(commune, 22, "2021-12-20T10:00:00", false, false);
        long base = jdbc.sql("select id from situation_rule_set where decision = '4800/QĐ-BYT' and version = 1")
                .query(Long.class).single();
        mvc.perform(post("/api/v1/situation/rules/" + base + "/versions").with(as(committee))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"effectiveFrom\":\"22/12/2021\",\"thresholds\":{\"cases.band2\":25}}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/situation/rules/" + base + "/versions").with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"effectiveFrom\":\"31/02/2021\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("effectiveFrom"));
        mvc.perform(post("/api/v1/situation/rules/" + base + "/versions").with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"effectiveFrom\":\"22/12/2021\",\"thresholds\":{\"cases.bandX\":25}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("cases.bandX"));
        mvc.perform(post("/api/v1/situation/rules/" + base + "/versions").with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"effectiveFrom\":\"22/12/2021\",\"matrix\":{\"1:HIGH\":5}}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("matrix.1:HIGH"));
        mvc.perform(post("/api/v1/situation/rules/" + base + "/versions").with(as(admin))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"effectiveFrom\":\"22/12/2021\",\"thresholds\":{\"cases.band2\":25},\"note\":\"tỉnh điều chỉnh\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.thresholds['cases.band2'].value").value(25))
                .andExpect(jsonPath("$.thresholds['cases.band2'].confirmed").value(true));
        assertThat(jdbc.sql("""
                        select count(*) from access_audit where entity_type = 'situation_rule_set' and username = 'sit.admin'
                           and summary like '4800/QĐ-BYT v2 (22/12/2021)%'""").query(Long.class).single()).isEqualTo(1);
        recompute("21/12/2021");
        recompute("22/12/2021");
        String before = level(commune, "21/12/2021");
        assertThat((Integer) JsonPath.read(before, "$.band")).isEqualTo(2);
        assertThat((String) JsonPath.read(before, "$.rule")).isEqualTo("4800/QĐ-BYT v1 (12/10/2021)");
        String after = level(commune, "22/12/2021");
        assertThat((Integer) JsonPath.read(after, "$.band")).isEqualTo(1);
        assertThat((String) JsonPath.read(after, "$.rule")).isEqualTo("4800/QĐ-BYT v2 (22/12/2021)");
        // 218 from 27/01/2022: new cases of all kinds, oxygen unknown (not counted), unconfirmed thresholds flagged
        data.cases(commune, 30, "2022-01-26T10:00:00", true, false);
        recompute("27/01/2022");
        String moh218 = level(commune, "27/01/2022");
        assertThat((String) JsonPath.read(moh218, "$.rule")).isEqualTo("218/QĐ-BYT v1 (27/01/2022)");
        assertThat((Integer) JsonPath.read(moh218, "$.band")).isEqualTo(2);
        List<String> lines = JsonPath.read(moh218, "$.explanation[*].text");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("thở ô xy").contains("chưa có dữ liệu"));
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("(*) ngưỡng chưa được xác nhận"));
    }

    @Test
    void a_change_of_level_is_announced_48_hours_ahead_as_pending_and_then_in_force() throws Exception {
        List<String> d = data.district(3);
        String commune = d.get(1);
        data.population(commune, 100_000, 0, 0);
        data.cases(commune, 150, "2021-11-10T08:00:00", false, false);
        for (String date : List.of("08/11/2021", "09/11/2021", "10/11/2021", "11/11/2021", "12/11/2021")) {
            recompute(date);
        }
        String announced = level(commune, "10/11/2021");
        assertThat((Integer) JsonPath.read(announced, "$.assessedLevel")).isEqualTo(4);
        assertThat((Integer) JsonPath.read(announced, "$.levelInForce")).isEqualTo(2);
        assertThat((Integer) JsonPath.read(announced, "$.pending.level")).isEqualTo(4);
        assertThat((String) JsonPath.read(announced, "$.pending.effectiveFrom")).isEqualTo("2021-11-12");
        assertThat((String) JsonPath.read(announced, "$.pending.announcedOn")).isEqualTo("2021-11-10");
        String next = level(commune, "11/11/2021");
        assertThat((Integer) JsonPath.read(next, "$.levelInForce")).isEqualTo(2);
        assertThat((String) JsonPath.read(next, "$.pending.effectiveFrom")).isEqualTo("2021-11-12");
        String inForce = level(commune, "12/11/2021");
        assertThat((Integer) JsonPath.read(inForce, "$.levelInForce")).isEqualTo(4);
        assertThat((Object) JsonPath.read(inForce, "$.pending")).isNull();
        assertThat((List<Integer>) JsonPath.read(inForce, "$.history[*].level")).containsExactly(4, 4, 4, 2, 2);
        assertThat((List<String>) JsonPath.read(inForce, "$.measures[*].topic")).contains("Trường học");

        mvc.perform(get("/situation/levels").param("unit", commune).param("date", "10/11/2021").with(as(committee)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-test=\"level-pending\"")))
                .andExpect(content().string(containsString("12/11/2021")))
                .andExpect(content().string(containsString("Hạn chế số người tại các sự kiện")));
    }

    @Test
    void a_district_is_assessed_on_its_own_totals_or_derived_from_its_communes_as_set() throws Exception {
        List<String> d = data.district(4);
        String district = d.get(0);
        data.population(district, 1_000_000, 0, 0);
        for (String c : d.subList(1, d.size())) {
            data.population(c, 100_000, 0, 0);
        }
        int half = (d.size() - 1 + 1) / 2;
        for (String c : d.subList(1, 1 + half)) {
            data.cases(c, 60, "2021-11-25T08:00:00", false, false);
        }
        recompute("26/11/2021");
        String own = level(district, "26/11/2021");
        assertThat((Boolean) JsonPath.read(own, "$.derived")).isFalse();
        assertThat((Integer) JsonPath.read(own, "$.inputs.communityCases")).isEqualTo(60 * half);
        try {
            mvc.perform(put("/api/v1/situation/rules/settings").param("derivation", "COMMUNE_SHARE").param("share", "2")
                    .with(as(admin))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("share"));
            mvc.perform(put("/api/v1/situation/rules/settings").param("derivation", "COMMUNE_SHARE").param("share", "0.5")
                    .with(as(committee))).andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/situation/rules/settings").param("derivation", "COMMUNE_SHARE").param("share", "0.5")
                    .with(as(admin))).andExpect(status().isOk());
            recompute("26/11/2021");
            String derived = level(district, "26/11/2021");
            assertThat((Boolean) JsonPath.read(derived, "$.derived")).isTrue();
            // half of the communes at 60 per 100,000 (band 3, low coverage: level 4), the rest level 2
            assertThat((Integer) JsonPath.read(derived, "$.assessedLevel")).isEqualTo(4);
            assertThat((List<String>) JsonPath.read(derived, "$.explanation[*].text"))
                    .anySatisfy(l -> assertThat(l).contains("suy ra từ các xã").contains("50%"));
            assertThat((List<Integer>) JsonPath.read(derived, "$.parts[*].level")).contains(4, 2);
            byte[] xlsx = mvc.perform(get("/situation/levels/export.xlsx").param("unit", district).param("date", "26/11/2021")
                    .with(as(committee))).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
            try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
                var sheet = wb.getSheetAt(0);
                assertThat(sheet.getLastRowNum()).isEqualTo(d.size());
                assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(d.get(1));
                assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(4);
                assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(60);
                assertThat(sheet.getRow(d.size()).getCell(1).getStringCellValue()).isEqualTo(district);
                assertThat(sheet.getRow(d.size()).getCell(3).getNumericCellValue()).isEqualTo(4);
            }
        } finally {
            mvc.perform(put("/api/v1/situation/rules/settings").param("derivation", "OWN_TOTALS").param("share", "0.5")
                    .with(as(admin))).andExpect(status().isOk());
        }
    }

    @Test
    void the_whole_country_is_recomputed_by_the_administrator_only() throws Exception {
        mvc.perform(post("/api/v1/situation/levels/recompute").param("date", "01/11/2021").with(as(committee)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/situation/levels/recompute").param("date", "01/11/2021").param("province", "96")
                        .with(as("sit.other"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/situation/levels/recompute").param("date", "1/11").param("province", "96")
                        .with(as(committee))).andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("date"));
        String body = mvc.perform(post("/api/v1/situation/levels/recompute").param("date", "01/11/2021").with(as(admin)))
                .andExpect(status().isAccepted()).andReturn().getResponse().getContentAsString();
        int id = JsonPath.read(body, "$.id");
        String state = "";
        String job = "";
        for (int i = 0; i < 1200 && !state.equals("DONE"); i++) {
            Thread.sleep(100);
            job = mvc.perform(get("/api/v1/situation/levels/jobs/" + id).with(as(admin))).andReturn().getResponse()
                    .getContentAsString();
            state = JsonPath.read(job, "$.state");
            assertThat(state).isNotEqualTo("FAILED");
        }
        assertThat((Integer) JsonPath.read(job, "$.units")).isEqualTo(10_599 + 705 + 63);
        assertThat(jdbc.sql("select count(*) from situation_assessment where on_date = date '2021-11-01'")
                .query(Long.class).single()).isEqualTo(11_367L);
        // from the page: a province committee recomputes its province and follows the job
        String location = mvc.perform(post("/situation/levels/recompute").param("date", "02/11/2021")
                        .param("province", "96").with(as(committee)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/situation/levels/jobs/");
        for (int i = 0; i < 600 && !mvc.perform(get(location).with(as(committee))).andReturn().getResponse()
                .getContentAsString().contains("data-test=\"job-done\""); i++) {
            Thread.sleep(100);
        }
        long units = jdbc.sql("select count(*) from geo_admin_unit where code = '96' or province_code = '96'")
                .query(Long.class).single();
        mvc.perform(get(location).with(as(committee))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đã tính " + units + " đơn vị ngày 02/11/2021")));
        mvc.perform(post("/situation/levels/recompute").param("date", "02/11/2021").with(as(committee)))
                .andExpect(status().isForbidden());
    }

    @Test
    void measures_are_kept_by_the_administrator_and_bad_input_names_the_field() throws Exception {
        mvc.perform(post("/situation/measures").param("level", "5").param("topic", "Chợ").param("measure", "x")
                        .with(as(admin)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", containsString("level")));
        mvc.perform(post("/situation/measures").param("level", "3").param("topic", "Chợ truyền thống")
                        .param("measure", "Hoạt động 50% số quầy").with(as(committee)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/situation/measures").param("level", "3").param("topic", "Chợ truyền thống")
                        .param("measure", "Hoạt động 50% số quầy").with(as(admin)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/situation/measures").with(as(committee)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Hoạt động 50% số quầy")));
        mvc.perform(get("/situation/rules").with(as(committee)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("4800/QĐ-BYT v1 (12/10/2021)")))
                .andExpect(content().string(containsString("thuvienphapluat.vn")));
    }

    @Test
    void the_administrator_writes_a_new_version_on_the_rules_page_and_a_bad_field_is_named() throws Exception {
        long base = jdbc.sql("select id from situation_rule_set where decision = '218/QĐ-BYT' and version = 1")
                .query(Long.class).single();
        mvc.perform(post("/situation/rules/" + base + "/versions").param("t.cases.band3", "155").with(as(admin)))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", containsString("effectiveFrom")));
        mvc.perform(post("/situation/rules/" + base + "/versions").param("t.cases.band3", "nhiều")
                        .param("effectiveFrom", "01/03/2022").with(as(admin)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("error", containsString("cases.band3")));
        mvc.perform(post("/situation/rules/" + base + "/versions").param("t.cases.band3", "155")
                        .param("effectiveFrom", "01/03/2022").with(as(committee)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/situation/rules/" + base + "/versions").param("t.cases.band3", "155")
                        .param("m.4:HIGH", "4").param("effectiveFrom", "01/03/2022").param("note", "Sở Y tế đề xuất")
                        .with(as(admin)))
                .andExpect(status().is3xxRedirection());
        var created = jdbc.sql("""
                        select t.value, t.confirmed, t.note from situation_rule_set s
                          join situation_rule_threshold t on t.rule_set_id = s.id
                         where s.decision = '218/QĐ-BYT' and s.effective_from = date '2022-03-01' and t.key = 'cases.band3'""")
                .query((rs, i) -> List.of(rs.getBigDecimal(1).intValue(), rs.getBoolean(2), rs.getString(3))).single();
        assertThat(created).containsExactly(155, true, "set by sit.admin: Sở Y tế đề xuất");
        assertThat(jdbc.sql("""
                        select m.level from situation_rule_set s join situation_rule_matrix m on m.rule_set_id = s.id
                         where s.decision = '218/QĐ-BYT' and s.effective_from = date '2022-03-01' and m.band = 4
                           and m.response = 'HIGH'""").query(Integer.class).single()).isEqualTo(4);
        // a commune user of another province may look at levels: they are not personal data
        user("sit.station", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
        String commune = data.district(5).get(1);
        data.population(commune, 100_000, 0, 0);
        mvc.perform(get("/situation/levels").param("unit", commune).param("date", "02/03/2022").with(as("sit.station")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("218/QĐ-BYT v2 (01/03/2022)")))
                .andExpect(content().string(containsString("(*) ngưỡng chưa được xác nhận")))
                .andExpect(content().string(containsString("giả định đáp ứng")));
    }

    @Test
    void the_overview_shows_the_level_in_force_of_the_users_area_once_assessed() throws Exception {
        String commune = data.district(6).get(1);
        data.population(commune, 100_000, 0, 0);
        user("sit.commune", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", commune));
        String dayBefore = java.time.LocalDate.now(SituationTestData.VN).minusDays(2)
                .format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        recompute(dayBefore);
        mvc.perform(get("/").with(as("sit.commune"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Cấp độ dịch đang áp dụng")))
                // 218 in force today: band 1 × response MEDIUM (nobody vaccinated, capacity assumed met) → level 1
                .andExpect(content().string(containsString("Cấp 1 – nguy cơ thấp (xanh)")))
                .andExpect(content().string(containsString("/situation/levels?unit=" + commune)));
    }
}
