package org.epiguard.situation;

import com.jayway.jsonpath.JsonPath;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Planning for N F0 through its API, page and XLSX on Kiên Giang (91), where nothing else puts data: two
 * districts with cases, treatment places, a facility and kits, and F0 episodes to observe the ratios on;
 * and the levels' clinical inputs from the isolation module on Hậu Giang (93) through the levels API.
 */
class PlanningTest extends IntegrationTest {

    static final String PROVINCE = "91";
    static final String LEVEL_PROVINCE = "93";
    static final String DATE = "20/02/2022";
    static boolean planData;

    SituationTestData data;
    SituationTestData levels;
    String committee;
    String districtA;
    List<String> a;
    List<String> b;

    @BeforeEach
    void setUp() {
        data = new SituationTestData(jdbc, PROVINCE);
        levels = new SituationTestData(jdbc, LEVEL_PROVINCE);
        a = data.district(0);
        b = data.district(1);
        committee = user("plan.committee", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", PROVINCE));
        districtA = user("plan.district.a", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", a.getFirst()));
        if (!planData) {
            planData = true;
            // 20 cases in the first week of the trend window (A), 30 (A) and 10 (B) two days before the date
            data.cases(a.get(1), 20, "2022-02-10T09:00:00", false, false);
            data.cases(a.get(1), 30, "2022-02-18T09:00:00", false, false);
            data.cases(b.get(1), 10, "2022-02-18T09:00:00", false, false);
            long station = unit("HEALTH_STATION", "Trạm thử tầng 1", a.get(1), null);
            long hospital = unit("HOSPITAL", "Bệnh viện thử tầng 2", a.get(2), null);
            unit("QUARANTINE_FACILITY", "Khu cách ly thử", a.get(1), 300);
            treatmentPlace(station, 1, 200, 0, 0);
            treatmentPlace(hospital, 2, 100, 80, 5);
            // 20 F0 of A over the last 90 days: 10 at home, 6 tier 1, 3 tier 2, 1 tier 3; each 7 days
            episodes(a.get(1), 10, "HOME", null, null, "2022-02-01", "2022-02-08");
            episodes(a.get(1), 6, "HOSPITAL", station, 1, "2022-02-01", "2022-02-08");
            episodes(a.get(1), 3, "HOSPITAL", hospital, 2, "2022-02-01", "2022-02-08");
            episodes(a.get(1), 1, "HOSPITAL", hospital, 3, "2022-02-01", "2022-02-08");
            jdbc.sql("""
                            insert into testing_kit_movement (kind, commune_code, district_code, province_code, moved_on, quantity, source)
                            values ('RECEIPT', :c, :d, :p, date '2022-02-01', 1000, 'plan test')""")
                    .param("c", a.get(1)).param("d", a.getFirst()).param("p", PROVINCE).update();
        }
    }

    long unit(String type, String name, String commune, Integer capacity) {
        return jdbc.sql("""
                        insert into geo_org_unit (unit_type, name, capacity, province_code, district_code, commune_code)
                        select :t, :n, :cap, province_code, district_code, code from geo_admin_unit where code = :c
                        returning id""")
                .param("t", type).param("n", name).param("cap", capacity).param("c", commune)
                .query(Long.class).single();
    }

    void treatmentPlace(long unit, int tier, int beds, int oxygen, int icu) {
        jdbc.sql("""
                        insert into isolation_treatment_place (unit_id, tier, beds, oxygen_beds, icu_beds, province_code,
                                                               district_code, commune_code)
                        select id, :tier, :beds, :oxygen, :icu, province_code, district_code, commune_code
                          from geo_org_unit where id = :u""")
                .param("u", unit).param("tier", tier).param("beds", beds).param("oxygen", oxygen).param("icu", icu)
                .update();
    }

    /** {@code count} F0 of a commune isolated from {@code start} to {@code end} (null: still running). */
    void episodes(String commune, int count, String place, Long unit, Integer tier, String start, String end) {
        jdbc.sql("""
                        with p as (
                            insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code, no_id)
                            select 'Kế Hoạch Thử ' || g, 1980, 'M', province_code, district_code, code, true
                              from geo_admin_unit, generate_series(1, :n) g where code = :c
                            returning id, province_code, district_code, commune_code)
                        insert into isolation_episode (person_id, kind, rule_id, protected, place, place_unit_id, tier,
                                                       start_date, admitted_on, planned_end, monitor_until, test_days,
                                                       status, ended_on, province_code, district_code, commune_code)
                        select p.id, 'CASE_ISOLATION', (select min(id) from isolation_rule where kind = 'CASE_ISOLATION'),
                               false, :place, :unit, :tier, cast(:start as date), cast(:start as date),
                               cast(:start as date) + 7, cast(:start as date) + 10, '{}',
                               case when cast(:end as date) is null then 'ACTIVE' else 'RELEASED' end, cast(:end as date),
                               p.province_code, p.district_code, p.commune_code
                          from p""")
                .param("n", count).param("c", commune).param("place", place).param("unit", unit).param("tier", tier)
                .param("start", start).param("end", end).update();
    }

    String plan(String user, String... params) throws Exception {
        var req = get("/api/v1/situation/plan").param("date", DATE).with(as(user));
        for (int i = 0; i < params.length; i += 2) {
            req = req.param(params[i], params[i + 1]);
        }
        return mvc.perform(req).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static Map<String, Object> line(String json, String district, String resource) {
        List<Map<String, Object>> l = JsonPath.read(json, "$.districts[?(@.code == '" + district
                + "')].lines[?(@.resource == '" + resource + "')]");
        return l.getFirst();
    }

    @Test
    void a_province_plan_for_1000_f0_spreads_them_like_the_current_cases_and_shows_each_districts_gap() throws Exception {
        String json = plan(committee, "f0", "1000");
        assertThat((String) JsonPath.read(json, "$.spread")).isEqualTo("CASES");
        // the last 7 days (261/QĐ-BYT stay): 30 in A, 10 in B
        assertThat((Integer) JsonPath.read(json, "$.districts[0].f0")).isEqualTo(750);
        assertThat((Integer) JsonPath.read(json, "$.districts[1].f0")).isEqualTo(250);
        List<Integer> others = JsonPath.read(json, "$.districts[2:].f0");
        assertThat(others).containsOnly(0);
        // observed on the 20 F0 of A: 50% home, 30% tier 1, 15% tier 2, 5% tier 3, 0 F1 per F0, 7 days
        List<String> sources = JsonPath.read(json, "$.ratios[?(@.key == 'shareTier1')].source");
        assertThat(sources).containsExactly("OBSERVED");
        List<Integer> samples = JsonPath.read(json, "$.ratios[?(@.key == 'shareTier1')].sample");
        assertThat(samples).containsExactly(20);
        List<Double> tier2 = JsonPath.read(json, "$.ratios[?(@.key == 'shareTier2')].value");
        assertThat(tier2.getFirst()).isEqualTo(15.0);
        List<String> icuBasis = JsonPath.read(json, "$.ratios[?(@.key == 'icuOfTier3')].basis");
        assertThat(icuBasis.getFirst()).contains("WHO");

        // A: tier 1 225 against 200 → short by 25; tier 2 112.5 → 113 against 100; ICU 750 × 5% × 25% = 9.4 → 10 against 5
        assertThat(line(json, a.getFirst(), "TIER1_BEDS")).containsEntry("need", 225).containsEntry("have", 200)
                .containsEntry("gap", 25).containsEntry("shortage", true);
        assertThat(line(json, a.getFirst(), "TIER2_BEDS")).containsEntry("need", 113).containsEntry("gap", 13);
        assertThat(line(json, a.getFirst(), "TIER3_BEDS")).containsEntry("need", 38).containsEntry("have", 0);
        assertThat(line(json, a.getFirst(), "ICU_BEDS")).containsEntry("need", 10).containsEntry("have", 5);
        assertThat(line(json, a.getFirst(), "OXYGEN_BEDS")).containsEntry("need", 150).containsEntry("have", 80)
                .containsEntry("gap", 70);
        // isolation: no F0 in facilities, no F1 observed → 0 against 300 places: no shortage
        assertThat(line(json, a.getFirst(), "ISOLATION_PLACES")).containsEntry("need", 0).containsEntry("have", 300)
                .containsEntry("gap", -300).containsEntry("shortage", false);
        // doctors: 750 × (50 × 0.5 + 30 × 2 + 15 × 5 + 5 × 20) / 10,000 = 19.5 → 20; not recorded
        assertThat(line(json, a.getFirst(), "DOCTORS")).containsEntry("need", 20).containsEntry("have", null)
                .containsEntry("shortage", false);
        assertThat(line(json, a.getFirst(), "RAPID_TESTS")).containsEntry("need", 750).containsEntry("have", 1000)
                .containsEntry("shortage", false);
        // B has nothing: every need is a shortage
        assertThat(line(json, b.getFirst(), "TIER3_BEDS")).containsEntry("need", 13).containsEntry("have", 0)
                .containsEntry("gap", 13).containsEntry("shortage", true);
        assertThat(line(json, b.getFirst(), "ICU_BEDS")).containsEntry("need", 4);
        List<Integer> totalTier1 = JsonPath.read(json, "$.total[?(@.resource == 'TIER1_BEDS')].need");
        assertThat(totalTier1).containsExactly(300);

        // trend: 20 cases in the week before, 40 in the last: doubling in 7 days, 40 under care now
        assertThat((Integer) JsonPath.read(json, "$.trend.firstHalf")).isEqualTo(20);
        assertThat((Integer) JsonPath.read(json, "$.trend.secondHalf")).isEqualTo(40);
        assertThat((Double) JsonPath.read(json, "$.trend.doublingDays")).isCloseTo(7.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat((Integer) JsonPath.read(json, "$.trend.activeNow")).isEqualTo(40);
        // 7 · log2(1000 / 40) = 32.5 → 33 days; 5,000: 48.8 → 49; 10,000: 55.8 → 56
        assertThat((List<String>) JsonPath.read(json, "$.trend.scenarios[*].date"))
                .containsExactly("2022-03-25", "2022-04-10", "2022-04-17");
    }

    @Test
    void entered_ratios_and_spread_win_and_say_so_and_zero_f0_need_nothing() throws Exception {
        String json = plan(committee, "f0", "5000", "shareHome", "0", "shareFacility", "10", "shareTier1", "60",
                "shareTier2", "25", "shareTier3", "5", "f1PerF0", "4", "f1InFacility", "25", "w." + b.getFirst(), "1",
                "w." + a.getFirst(), "3", "trendDays", "4");
        assertThat((String) JsonPath.read(json, "$.spread")).isEqualTo("ENTERED");
        assertThat((Integer) JsonPath.read(json, "$.districts[0].f0")).isEqualTo(3750);
        List<String> source = JsonPath.read(json, "$.ratios[?(@.key == 'f1PerF0')].source");
        assertThat(source).containsExactly("ENTERED");
        // 3,750 × (10 + 4 × 25) / 100 = 4,125 places against 300
        assertThat(line(json, a.getFirst(), "ISOLATION_PLACES")).containsEntry("need", 4125).containsEntry("gap", 3825)
                .containsEntry("shortage", true);
        // rapid tests 3,750 × (1 + 4 × 1)
        assertThat(line(json, a.getFirst(), "RAPID_TESTS")).containsEntry("need", 18750);
        // a 4-day window: 40 cases in its first half, none in the last two days: falling, not reached
        assertThat((List<String>) JsonPath.read(json, "$.trend.scenarios[*].reach"))
                .containsExactly("NOT_REACHED", "NOT_REACHED", "NOT_REACHED");

        String zero = plan(committee, "f0", "0");
        assertThat((List<Integer>) JsonPath.read(zero, "$.total[*].need")).containsOnly(0);
        assertThat((List<Long>) JsonPath.read(zero, "$.trend.scenarios[*].f0")).hasSize(4);
        assertThat((String) JsonPath.read(zero, "$.trend.scenarios[3].reach")).isEqualTo("ALREADY");
    }

    @Test
    void a_transferred_f0_counts_once_in_its_highest_tier_for_its_whole_stay_and_f1_are_observed_per_f0() throws Exception {
        List<String> d = levels.district(3);
        String command = user("plan.district.haugiang", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", d.getFirst()));
        long hospital = unit("HOSPITAL", "Bệnh viện thử chuyển tầng", d.get(1), null);
        treatmentPlace(hospital, 2, 50, 50, 0);
        long facility = unit("QUARANTINE_FACILITY", "Khu cách ly thử F1", d.get(1), 100);
        // 20 F0 at home from 30/12/2021, transferred to tier 2 on 03/01/2022, released on 08/01/2022
        episodes(d.get(1), 20, "HOME", null, null, "2021-12-30", "2022-01-03");
        jdbc.sql("update isolation_episode set status = 'TRANSFERRED' where place = 'HOME' and commune_code = :c")
                .param("c", d.get(1)).update();
        jdbc.sql("""
                        insert into isolation_episode (person_id, kind, rule_id, protected, place, place_unit_id, tier,
                                                       start_date, admitted_on, planned_end, monitor_until, test_days,
                                                       status, ended_on, previous_id, chain_id, province_code,
                                                       district_code, commune_code)
                        select person_id, kind, rule_id, protected, 'HOSPITAL', :u, 2, start_date, date '2022-01-03',
                               planned_end, monitor_until, test_days, 'RELEASED', date '2022-01-08', id, id,
                               province_code, district_code, commune_code
                          from isolation_episode where status = 'TRANSFERRED' and commune_code = :c""")
                .param("u", hospital).param("c", d.get(1)).update();
        // 40 F1, 10 of them in the facility
        episodes(d.get(1), 30, "HOME", null, null, "2022-01-02", "2022-01-09");
        episodes(d.get(1), 10, "FACILITY", facility, null, "2022-01-02", "2022-01-09");
        jdbc.sql("""
                        update isolation_episode set kind = 'CONTACT_QUARANTINE'
                         where commune_code = :c and start_date = date '2022-01-02'""").param("c", d.get(1)).update();

        String json = plan(command, "f0", "100", "date", "10/01/2022");
        Map<String, Object> ratios = new java.util.HashMap<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) JsonPath.read(json, "$.ratios[*]")) {
            ratios.put((String) r.get("key"), r.get("value"));
        }
        assertThat(ratios).containsEntry("shareTier2", 100.0).containsEntry("shareHome", 0.0)
                .containsEntry("f1PerF0", 2.0).containsEntry("f1InFacility", 25.0).containsEntry("stayDays", 9.0);
        // 100 F0 × (0 + 2 × 25) / 100 = 50 places against 100; all 100 in tier 2 against 50 beds
        assertThat(line(json, d.getFirst(), "ISOLATION_PLACES")).containsEntry("need", 50).containsEntry("have", 100);
        assertThat(line(json, d.getFirst(), "TIER2_BEDS")).containsEntry("need", 100).containsEntry("gap", 50);
        assertThat((Integer) JsonPath.read(json, "$.trend.stayDays")).isEqualTo(9);
    }

    @Test
    void bad_inputs_are_refused_naming_the_field() throws Exception {
        for (String[] bad : new String[][]{{"f0", "-5"}, {"f0", "99999999999"}, {"f0", "nghìn"}, {"shareTier1", "150"},
                {"stayDays", "0"}, {"trendDays", "9"}, {"date", "30/02/2022"}, {"w.999", "1"}}) {
            mvc.perform(get("/api/v1/situation/plan").param(bad[0], bad[1]).with(as(committee)))
                    .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value(bad[0]));
        }
        mvc.perform(get("/api/v1/situation/plan").param("shareTier1", "90").with(as(committee)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("shareTier1"))
                .andExpect(jsonPath("$.error").value(containsString("not 100%")));
        mvc.perform(get("/api/v1/situation/plan").param("w." + a.getFirst(), "0").with(as(committee)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("w." + a.getFirst()));
        mvc.perform(get("/api/v1/situation/plan").param("unit", a.get(1)).with(as(committee)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("unit"));
        mvc.perform(get("/situation/plan/export.xlsx").param("f0", "-1").with(as(committee)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("f0"));
    }

    @Test
    void a_district_plans_its_district_only_and_others_are_refused() throws Exception {
        String json = plan(districtA, "f0", "1000");
        assertThat((String) JsonPath.read(json, "$.unitCode")).isEqualTo(a.getFirst());
        assertThat((List<String>) JsonPath.read(json, "$.districts[*].code")).containsExactly(a.getFirst());
        assertThat(line(json, a.getFirst(), "TIER1_BEDS")).containsEntry("need", 300).containsEntry("have", 200);
        assertThat((Integer) JsonPath.read(json, "$.trend.secondHalf")).isEqualTo(30);
        mvc.perform(get("/api/v1/situation/plan").param("unit", PROVINCE).with(as(districtA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/situation/plan").param("unit", b.getFirst()).with(as(districtA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/situation/plan").param("unit", b.getFirst()).with(as(districtA)))
                .andExpect(status().isNotFound());
        String other = user("plan.other.committee", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "96"));
        mvc.perform(get("/api/v1/situation/plan").param("unit", PROVINCE).with(as(other)))
                .andExpect(status().isNotFound());
        String commune = user("plan.commune", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", a.get(1)));
        mvc.perform(get("/api/v1/situation/plan").with(as(commune))).andExpect(status().isForbidden());
        mvc.perform(get("/situation/plan").with(as(commune))).andExpect(status().isForbidden());
        mvc.perform(get("/situation/plan/export.xlsx").with(as(commune))).andExpect(status().isForbidden());
        // refused before any parameter is read
        mvc.perform(get("/api/v1/situation/plan").param("f0", "-1").with(as(commune))).andExpect(status().isForbidden());
        mvc.perform(get("/situation/plan").param("f0", "-1").with(as(commune))).andExpect(status().isForbidden());
        String admin = user("plan.admin", Role.SYSTEM_ADMIN, Scope.of("NATION", "VN"));
        assertThat((String) JsonPath.read(plan(admin, "unit", PROVINCE), "$.unitName")).isEqualTo("Tỉnh Kiên Giang");
        String team = user("plan.team", Role.COMMUNITY_TEAM, Scope.of("COMMUNE", a.get(1)));
        mvc.perform(get("/api/v1/situation/plan").param("unit", a.getFirst()).with(as(team)))
                .andExpect(status().isForbidden());
    }

    @Test
    void the_page_answers_htmx_with_the_plan_and_shows_errors_by_field_and_the_xlsx_has_the_figures() throws Exception {
        mvc.perform(get("/situation/plan").param("f0", "5000").param("date", DATE).with(as(committee)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-test=\"plan-table\"")))
                .andExpect(content().string(containsString("Kế hoạch cho 5.000 F0")))
                .andExpect(content().string(containsString("class=\"num short\"")))
                .andExpect(content().string(containsString("hx-get=\"/situation/plan/result\"")))
                // the ratio inputs show the value in use, and what was entered stays entered
                .andExpect(content().string(containsString("name=\"shareTier1\" value=\"\" placeholder=\"30\"")));
        mvc.perform(get("/situation/plan").param("f0", "5000").param("f1PerF0", "2.5").param("date", DATE)
                        .with(as(committee)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"f1PerF0\" value=\"2.5\" placeholder=\"2.5\"")))
                .andExpect(content().string(containsString("f1PerF0=2.5")))
                .andExpect(content().string(containsString("Nhập tay")));
        mvc.perform(get("/situation/plan/result").param("f0", "1000").param("preset", "10000").param("date", DATE)
                        .with(as(committee)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kế hoạch cho 10.000 F0")))
                .andExpect(content().string(containsString("id=\"plan-page\"")))
                .andExpect(content().string(containsString("data-test=\"scenarios\"")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/situation/plan").param("f0", "mười").with(as(committee)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-field=\"f0\"")));
        mvc.perform(get("/situation/plan").param("unit", a.get(1)).with(as(committee)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-field=\"unit\"")));
        byte[] xlsx = mvc.perform(get("/situation/plan/export.xlsx").param("f0", "1000").param("date", DATE)
                        .with(as(committee)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("ke-hoach-1000-f0-91")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).startsWith("Chỗ cách ly tập trung");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(750);
            // tier 1 need / have / gap of A in columns 5, 6, 7
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(225);
            assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(200);
            assertThat(sheet.getRow(1).getCell(7).getNumericCellValue()).isEqualTo(25);
        }
    }

    // --- the levels' clinical inputs, on Hậu Giang (93) ---

    void recompute(String user, String date) throws Exception {
        LevelJobs.recompute(mvc, as(user), LEVEL_PROVINCE, date);
    }

    String level(String user, String unit, String date) throws Exception {
        return mvc.perform(get("/api/v1/situation/levels/" + unit).param("date", date).with(as(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void treatment_capacity_not_met_raises_a_4800_level_and_218_counts_oxygen_free_beds_and_icu() throws Exception {
        String hauGiang = user("plan.haugiang", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", LEVEL_PROVINCE));
        List<String> full = levels.district(0);
        List<String> room = levels.district(1);
        List<String> none = levels.district(2);
        for (List<String> d : List.of(full, room, none)) {
            levels.population(d.getFirst(), 100_000, 0, 0);
        }
        // "full": a tier-2 hospital of one bed and no ICU, taken since 10/11/2021 by an F0 of the district
        long fullHospital = unit("HOSPITAL", "Bệnh viện thử đầy giường", full.get(1), null);
        treatmentPlace(fullHospital, 2, 1, 1, 0);
        episodes(full.get(1), 1, "HOSPITAL", fullHospital, 2, "2021-11-10", null);
        // "room": a tier-1 station with free beds and a tier-3 hospital with 2 ICU beds
        treatmentPlace(unit("HEALTH_STATION", "Trạm thử còn giường", room.get(1), null), 1, 10, 0, 0);
        treatmentPlace(unit("HOSPITAL", "Bệnh viện thử tầng 3", room.get(1), null), 3, 5, 5, 2);

        // 4800 on 20/11/2021: no cases, no adults → band 1 × LOW → level 2; beds all taken → raised to 3
        recompute(hauGiang, "20/11/2021");
        String fullLevel = level(hauGiang, full.getFirst(), "20/11/2021");
        assertThat((Integer) JsonPath.read(fullLevel, "$.assessedLevel")).isEqualTo(3);
        assertThat((Boolean) JsonPath.read(fullLevel, "$.inputs.treatmentCapacityMet")).isFalse();
        assertThat((List<String>) JsonPath.read(fullLevel, "$.explanation[*].text"))
                .anySatisfy(l -> assertThat(l).contains("hết giường trống) – nâng lên cấp 3"));
        String roomLevel = level(hauGiang, room.getFirst(), "20/11/2021");
        assertThat((Integer) JsonPath.read(roomLevel, "$.assessedLevel")).isEqualTo(2);
        assertThat((Boolean) JsonPath.read(roomLevel, "$.inputs.treatmentCapacityMet")).isTrue();
        String noneLevel = level(hauGiang, none.getFirst(), "20/11/2021");
        assertThat((Integer) JsonPath.read(noneLevel, "$.assessedLevel")).isEqualTo(2);
        assertThat((List<String>) JsonPath.read(noneLevel, "$.explanation[*].text"))
                .anySatisfy(l -> assertThat(l).contains("chưa có dữ liệu – giả định đáp ứng"));

        // 218 on 20/02/2022: the F0 in tier 2 counts as on oxygen: 1 per 100,000 → band 2; free beds and ICU
        // not met, coverage not met → LOW → level 3. "room": capacity met, coverage not → MEDIUM, band 1 → level 1
        recompute(hauGiang, DATE);
        String full218 = level(hauGiang, full.getFirst(), DATE);
        assertThat((Integer) JsonPath.read(full218, "$.inputs.oxygenCases")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(full218, "$.band")).isEqualTo(2);
        assertThat((String) JsonPath.read(full218, "$.response")).isEqualTo("LOW");
        assertThat((Integer) JsonPath.read(full218, "$.assessedLevel")).isEqualTo(3);
        assertThat((List<String>) JsonPath.read(full218, "$.explanation[*].text"))
                .anySatisfy(l -> assertThat(l).contains("Số ca phải thở ô xy (F0 điều trị tầng 2–3 trong tuần): 1"))
                .anySatisfy(l -> assertThat(l).startsWith("Giường điều trị COVID-19 còn trống/100.000 dân: không đáp ứng"))
                .anySatisfy(l -> assertThat(l).startsWith("Giường hồi sức tích cực/100.000 dân: không đáp ứng"));
        String room218 = level(hauGiang, room.getFirst(), DATE);
        assertThat((Integer) JsonPath.read(room218, "$.inputs.oxygenCases")).isEqualTo(0);
        assertThat((String) JsonPath.read(room218, "$.response")).isEqualTo("MEDIUM");
        assertThat((Integer) JsonPath.read(room218, "$.assessedLevel")).isEqualTo(1);
        assertThat((Boolean) JsonPath.read(room218, "$.inputs.icuMet")).isTrue();
        assertThat((Boolean) JsonPath.read(room218, "$.inputs.communeCareMet")).isTrue();
        // a district without a treatment place: beds unknown, assumed met (MEDIUM), oxygen counted as 0
        String none218 = level(hauGiang, none.getFirst(), DATE);
        assertThat((Integer) JsonPath.read(none218, "$.inputs.oxygenCases")).isEqualTo(0);
        assertThat((String) JsonPath.read(none218, "$.response")).isEqualTo("MEDIUM");
        assertThat((Object) JsonPath.read(none218, "$.inputs.bedsMet")).isNull();
    }
}
