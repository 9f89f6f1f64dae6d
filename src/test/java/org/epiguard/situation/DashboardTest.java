package org.epiguard.situation;

import com.jayway.jsonpath.JsonPath;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The command-centre dashboard of An Giang ({@link DashboardTestData}) on 08/02/2022: each figure from
 * the pre-aggregated tables after a rebuild, the drill-down to a district and a commune, the refresh of a
 * day when a case is confirmed, a past day that stays the same, the view scope, bad parameters and the page.
 */
class DashboardTest extends IntegrationTest {

    static final String P = DashboardTestData.P;
    static final String DAY = DashboardTestData.DAY;

    DashboardTestData data;

    @BeforeEach
    void kienGiang() throws Exception {
        data = new DashboardTestData(jdbc);
        user("dash.province", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", P));
        user("dash.district.a", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", data.a));
        user("dash.commune.a1", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", data.a1));
        user("dash.other", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "96"));
        if (jdbc.sql("select count(*) from cases_case where province_code = :p").param("p", P).query(Long.class).single() == 0) {
            data.ensure();
            rebuild();
        }
    }

    /** Rebuilds the province through the API and waits for the background job. */
    void rebuild() throws Exception {
        rebuild(P, "dash.province");
    }

    void rebuild(String province, String username) throws Exception {
        Instant asked = data.now();
        mvc.perform(post("/api/v1/situation/dashboard/rebuild").param("province", province).with(as(username)))
                .andExpect(status().isAccepted());
        data.awaitRebuilt(province, asked);
    }

    static void awaitTrue(java.util.concurrent.Callable<Boolean> check) throws Exception {
        DashboardTestData.awaitTrue(check);
    }

    String dashboard(String user, String unit, String date) throws Exception {
        var request = get("/api/v1/situation/dashboard").with(as(user));
        if (unit != null) {
            request = request.param("unit", unit);
        }
        if (date != null) {
            request = request.param("date", date);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** A number at a path; a filter's first match (a filter answers a list). */
    static long n(String json, String path) {
        Object v = JsonPath.read(json, path);
        return ((Number) (v instanceof List<?> l ? l.getFirst() : v)).longValue();
    }

    static double d(String json, String path) {
        return ((Number) JsonPath.read(json, path)).doubleValue();
    }

    @Test
    void the_province_on_8_february_new_cases_by_classification_the_period_cumulative_and_tests() throws Exception {
        String json = dashboard("dash.province", P, DAY);
        assertThat((String) JsonPath.read(json, "$.from")).isEqualTo("2022-01-12");
        assertThat((List<?>) JsonPath.read(json, "$.days")).hasSize(28);
        assertThat(n(json, "$.today.confirmed")).isEqualTo(5);
        assertThat(n(json, "$.today.community")).isEqualTo(3);
        assertThat(n(json, "$.today.inQuarantine")).isEqualTo(2);
        assertThat(n(json, "$.window.confirmed")).isEqualTo(10);
        assertThat(n(json, "$.window.inQuarantine")).isEqualTo(3);
        assertThat(n(json, "$.cumulative.confirmed")).isEqualTo(10);
        assertThat(n(json, "$.cumulative.imported")).isEqualTo(1);
        assertThat(n(json, "$.cumulative.domestic")).isEqualTo(9);
        assertThat(n(json, "$.cumulative.deaths")).isZero();
        assertThat(n(json, "$.days[?(@.day == '2022-02-07')].confirmed")).isEqualTo(4);
        assertThat(n(json, "$.days[?(@.day == '2022-02-01')].imported")).isEqualTo(1);
        assertThat(n(json, "$.window.tests")).isEqualTo(6);
        assertThat(n(json, "$.window.positive")).isEqualTo(2);
        assertThat(n(json, "$.window.negative")).isEqualTo(3);
        assertThat(d(json, "$.window.positivity")).isEqualTo(40.0);
        assertThat(n(json, "$.today.tests")).isEqualTo(4);
        assertThat(d(json, "$.today.positivity")).isEqualTo(25.0);
        // the case at 16:00:01 counts on the next business day
        assertThat(n(dashboard("dash.province", P, "09/02/2022"), "$.today.confirmed")).isEqualTo(1);
    }

    @Test
    void the_province_now_clusters_places_beds_kits_vaccination_and_outreach() throws Exception {
        String json = dashboard("dash.province", P, DAY);
        assertThat(n(json, "$.activeClusters")).isEqualTo(1);
        assertThat(n(json, "$.current.quarantinePlaces")).isEqualTo(50);
        assertThat(n(json, "$.current.quarantineUsed")).isEqualTo(3);
        assertThat(n(json, "$.current.quarantineFree")).isEqualTo(47);
        assertThat((List<Integer>) JsonPath.read(json, "$.current.beds")).containsExactly(0, 20, 5);
        assertThat((List<Integer>) JsonPath.read(json, "$.current.bedsUsed")).containsExactly(0, 1, 0);
        assertThat((List<Integer>) JsonPath.read(json, "$.current.bedsFree")).containsExactly(0, 19, 5);
        assertThat(n(json, "$.current.kitStock")).isEqualTo(999);
        assertThat(n(json, "$.current.v18dose1")).isEqualTo(9);
        assertThat(n(json, "$.current.v18dose3")).isEqualTo(8);
        assertThat(n(json, "$.incompleteCommunes")).isEqualTo(3);
        assertThat(n(json, "$.current.outreachNoReason")).isEqualTo(14);
        assertThat((List<String>) JsonPath.read(json, "$.incompleteOutreach[*].code"))
                .containsExactly(data.a1, data.b2, data.b1);
        assertThat((List<Integer>) JsonPath.read(json, "$.incompleteOutreach[*].withoutReason")).containsExactly(5, 5, 4);
        assertThat(n(json, "$.incompleteOutreach[0].listed")).isEqualTo(7);
        assertThat(JsonPath.read(json, "$.refreshed.rebuiltAt").toString()).isNotBlank();
    }

    @Test
    void a_district_shows_its_communes_and_a_commune_its_own_figures() throws Exception {
        String json = dashboard("dash.province", data.a, DAY);
        assertThat((String) JsonPath.read(json, "$.level")).isEqualTo("DISTRICT");
        assertThat(n(json, "$.today.confirmed")).isEqualTo(5);
        assertThat(n(json, "$.window.confirmed")).isEqualTo(6);
        assertThat(n(json, "$.activeClusters")).isEqualTo(1);
        assertThat(n(json, "$.incompleteCommunes")).isEqualTo(1);
        assertThat(n(json, "$.current.kitStock")).isEqualTo(999);
        assertThat(d(json, "$.current.kitCoverage")).isEqualTo(49.95);
        assertThat(d(json, "$.current.adultDose1")).isEqualTo(9.0);
        assertThat(d(json, "$.current.adultDose2")).isEqualTo(8.0);
        String part1 = "$.parts[?(@.code == '" + data.a1 + "')]";
        String part2 = "$.parts[?(@.code == '" + data.a2 + "')]";
        assertThat(n(json, part1 + ".casesToday")).isEqualTo(5);
        assertThat(n(json, part1 + ".testsWindow")).isEqualTo(4);
        assertThat(n(json, part1 + ".activeClusters")).isEqualTo(1);
        assertThat(n(json, part2 + ".casesWindow")).isEqualTo(1);
        assertThat(n(json, part2 + ".activeClusters")).isZero();
        assertThat((List<String>) JsonPath.read(json, part1 + ".dashboard"))
                .containsExactly("/situation/dashboard?unit=" + data.a1 + "&date=" + DAY);
        assertThat((String) JsonPath.read(json, "$.links.cases")).isEqualTo("/cases?commune=" + data.a);

        String b = dashboard("dash.province", data.b, DAY);
        assertThat(n(b, "$.window.confirmed")).isEqualTo(4);
        assertThat(n(b, "$.activeClusters")).isEqualTo(1);
        assertThat((List<Integer>) JsonPath.read(b, "$.current.bedsUsed")).containsExactly(0, 1, 0);
        assertThat(n(b, "$.window.tests")).isEqualTo(2);
        assertThat(n(b, "$.window.positive")).isEqualTo(1);

        String commune = dashboard("dash.commune.a1", null, DAY);
        assertThat((String) JsonPath.read(commune, "$.unitCode")).isEqualTo(data.a1);
        assertThat((List<?>) JsonPath.read(commune, "$.parts")).isEmpty();
        assertThat(n(commune, "$.today.confirmed")).isEqualTo(5);
        assertThat(n(commune, "$.current.quarantineUsed")).isEqualTo(3);
        assertThat(n(commune, "$.current.outreachListed")).isEqualTo(7);
        assertThat((String) JsonPath.read(commune, "$.links.outreach"))
                .isEqualTo("/vaccination/outreach?commune=" + data.a1 + "&reason=NONE");
    }

    @Test
    void the_case_list_a_district_figure_links_to_holds_the_districts_cases() throws Exception {
        String json = mvc.perform(get("/api/v1/cases").param("commune", data.a).param("size", "200").with(as("dash.province")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat((List<String>) JsonPath.read(json, "$.rows[*].communeCode")).hasSize(7)
                .allMatch(c -> c.equals(data.a1) || c.equals(data.a2));
        mvc.perform(get("/api/v1/cases").param("commune", "1234").with(as("dash.province")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("commune")));
    }

    /**
     * In Đồng Tháp (87), so that the isolation the case opens cannot take a place of An Giang's facility:
     * the province is rebuilt first, then a case entered through the cases API shows on its day (a day
     * outside the periodic refresh of the last days) once the background turn has drained its mark.
     */
    @Test
    void the_cluster_list_a_figure_links_to_holds_the_open_clusters_with_cases_in_the_area() throws Exception {
        for (String area : List.of(data.a, data.b1, P)) {
            mvc.perform(get("/tracing/clusters").param("status", "OPEN").param("area", area).with(as("dash.province")))
                    .andExpect(status().isOk()).andExpect(content().string(containsString("Ổ dịch Thử Bảng")));
        }
        for (String area : List.of(data.a2, data.c)) {
            mvc.perform(get("/tracing/clusters").param("status", "OPEN").param("area", area).with(as("dash.province")))
                    .andExpect(status().isOk()).andExpect(content().string(not(containsString("Ổ dịch Thử Bảng"))));
        }
        mvc.perform(get("/tracing/clusters").param("area", "12a").with(as("dash.province")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_facility_list_a_figure_links_to_holds_the_places_of_the_area() throws Exception {
        String a = mvc.perform(get("/isolation/facilities").param("area", data.a).with(as("dash.province")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(a).contains("Khu cách ly Thử Bảng").contains("Bệnh viện Thử Tầng 3").doesNotContain("Bệnh viện Thử Bảng");
        String b1 = mvc.perform(get("/isolation/facilities").param("area", data.b1).with(as("dash.province")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(b1).contains("Bệnh viện Thử Bảng").doesNotContain("Khu cách ly Thử Bảng");
        mvc.perform(get("/isolation/facilities").param("area", "x").with(as("dash.province")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void a_confirmed_case_refreshes_its_day_in_the_background() throws Exception {
        String province = "87";
        String commune = jdbc.sql("select min(code) from geo_admin_unit where level = 'COMMUNE' and province_code = :p")
                .param("p", province).query(String.class).single();
        String district = jdbc.sql("select parent_code from geo_admin_unit where code = :c").param("c", commune)
                .query(String.class).single();
        user("dash.p92", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", province));
        user("dash.c92", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", commune));
        rebuild(province, "dash.p92");
        String day = "01/03/2022";
        long before = n(dashboard("dash.p92", commune, day), "$.today.confirmed");
        long person = data.people(commune, 1, 1985).getFirst();
        String created = mvc.perform(post("/api/v1/cases").with(as("dash.c92")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": " + person + ", \"status\": \"CONFIRMED\", \"at\": \"" + day + " 10:00\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        awaitTrue(() -> n(dashboard("dash.p92", commune, day), "$.today.confirmed") == before + 1);
        String json = dashboard("dash.p92", district, day);
        assertThat(n(json, "$.today.community")).isEqualTo(before + 1);
        assertThat(n(json, "$.parts[?(@.code == '" + commune + "')].casesToday")).isEqualTo(before + 1);
        assertThat(n(dashboard("dash.p92", province, day), "$.cumulative.confirmed")).isEqualTo(before + 1);
        // the commune finds the case was already in quarantine (cases.CaseCountChanged): the day is counted again
        long caseId = n(created, "$.kase.id");
        mvc.perform(put("/api/v1/cases/" + caseId + "/classification").with(as("dash.c92"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"foundInQuarantine\": true, \"imported\": true}"))
                .andExpect(status().isOk());
        awaitTrue(() -> n(dashboard("dash.p92", commune, day), "$.today.inQuarantine") == 1);
        String after = dashboard("dash.p92", commune, day);
        assertThat(n(after, "$.today.community")).isEqualTo(before);
        assertThat(n(after, "$.cumulative.imported")).isEqualTo(1);
    }

    /** In Đồng Tháp too: a negative rapid test and a dose, entered singly, refresh their figures in the background. */
    @Test
    void recorded_results_and_doses_refresh_tests_and_vaccination_in_the_background() throws Exception {
        String province = "87";
        String commune = jdbc.sql("select max(code) from geo_admin_unit where level = 'COMMUNE' and province_code = :p")
                .param("p", province).query(String.class).single();
        user("dash.p92", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", province));
        String station = user("dash.c92b", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", commune));
        rebuild(province, "dash.p92");
        String day = "02/03/2022";
        String before = dashboard("dash.p92", commune, day);
        long person = data.people(commune, 1, 1985).getFirst();
        mvc.perform(post("/api/v1/testing/rapid-tests").with(as(station)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"personId": %d, "kind": "RAPID_PROFESSIONAL", "outcome": "NEGATIVE", "testedAt": "%s 09:00",
                                 "priority": "SCREENING"}""".formatted(person, day)))
                .andExpect(status().isCreated());
        awaitTrue(() -> n(dashboard("dash.p92", commune, day), "$.today.tests") == n(before, "$.today.tests") + 1);
        assertThat(n(dashboard("dash.p92", commune, day), "$.today.negative")).isEqualTo(n(before, "$.today.negative") + 1);
        mvc.perform(post("/api/v1/vaccination/doses").with(as(station)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"personId\": %d, \"productCode\": \"PFIZER\", \"doseDate\": \"01/10/2021\"}"
                                .formatted(person)))
                .andExpect(status().isCreated());
        awaitTrue(() -> n(dashboard("dash.p92", commune, day), "$.current.v18dose1") == n(before, "$.current.v18dose1") + 1);
    }

    @Test
    void a_past_day_gives_the_same_figures_after_later_records_and_a_rebuild() throws Exception {
        String first = dashboard("dash.province", P, DAY);
        long person = data.people(data.c1, 1, 1985).getFirst();
        jdbc.sql("""
                insert into vacc_outreach_reason (person_id, reason, province_code, district_code, commune_code, recorded_by,
                                                  recorded_by_name) values (:p, 'REFUSES', :pr, :d, :c, 0, 'Thử')""")
                .param("p", person).param("pr", P).param("d", data.c).param("c", data.c1).update();
        jdbc.sql("""
                insert into cases_case (person_id, status, origin, confirmed_at, province_code, district_code, commune_code)
                values (:p, 'CONFIRMED', 'PCR', timestamptz '2022-02-10 09:00+07', :pr, :d, :c)""")
                .param("p", person).param("pr", P).param("d", data.c).param("c", data.c1).update();
        rebuild();
        String again = dashboard("dash.province", P, DAY);
        for (String path : List.of("$.days", "$.today", "$.window", "$.cumulative")) {
            assertThat((Object) JsonPath.read(again, path)).as(path).isEqualTo(JsonPath.read(first, path));
        }
        assertThat(n(dashboard("dash.province", P, "10/02/2022"), "$.today.confirmed")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_user_sees_only_the_dashboards_of_their_own_area() throws Exception {
        mvc.perform(get("/api/v1/situation/dashboard").param("unit", data.b).with(as("dash.district.a")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/situation/dashboard").param("unit", P).with(as("dash.district.a")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/situation/dashboard").param("unit", data.a2).with(as("dash.commune.a1")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/situation/dashboard").param("unit", P).with(as("dash.other")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/situation/dashboard").param("unit", data.b).with(as("dash.district.a")))
                .andExpect(status().isNotFound());
        long school = jdbc.sql("""
                insert into geo_org_unit (unit_type, name, province_code, district_code, commune_code)
                values ('SCHOOL', 'Trường Thử Bảng', :p, :d, :c) returning id""")
                .param("p", P).param("d", data.a).param("c", data.a1).query(Long.class).single();
        user("dash.school", Role.SCHOOL, Scope.of("UNIT", String.valueOf(school)));
        mvc.perform(get("/api/v1/situation/dashboard").param("unit", data.a1).with(as("dash.school")))
                .andExpect(status().isNotFound());
        String own = dashboard("dash.district.a", null, DAY);
        assertThat((String) JsonPath.read(own, "$.unitCode")).isEqualTo(data.a);
        assertThat((List<String>) JsonPath.read(own, "$.parts[*].code")).contains(data.a1, data.a2)
                .doesNotContain(data.b1, data.b2);
        assertThat((List<String>) JsonPath.read(own, "$.incompleteOutreach[*].code")).containsExactly(data.a1);
        mvc.perform(post("/api/v1/situation/dashboard/rebuild").param("province", P).with(as("dash.district.a")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/situation/dashboard/rebuild").param("province", P).with(as("dash.other")))
                .andExpect(status().isForbidden());
    }

    @Test
    void bad_parameters_are_refused_by_field() throws Exception {
        for (var bad : List.of(Map.of("days", "abc"), Map.of("days", "6"), Map.of("days", "121"),
                Map.of("date", "31/02/2022"))) {
            var request = get("/api/v1/situation/dashboard").param("unit", P).with(as("dash.province"));
            bad.forEach(request::param);
            mvc.perform(request).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.field").value(bad.keySet().iterator().next()));
        }
        mvc.perform(post("/api/v1/situation/dashboard/rebuild").param("province", "9").with(as("dash.province")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("province"));
        mvc.perform(get("/situation/dashboard").param("unit", P).param("days", "abc").with(as("dash.province")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-test=\"error\"")))
                .andExpect(content().string(containsString("days")));
    }

    /** The target and text of the link a figure is ("/cases?commune=899 5"). */
    static String link(String html, String test) {
        var m = java.util.regex.Pattern.compile("<a[^>]*data-test=\"" + test + "\"[^>]*>([^<]*)</a>").matcher(html);
        assertThat(m.find()).as(test).isTrue();
        var href = java.util.regex.Pattern.compile("href=\"([^\"]*)\"").matcher(m.group());
        assertThat(href.find()).as(test + " links").isTrue();
        return href.group(1).replace("&amp;", "&") + " " + m.group(1);
    }

    @Test
    void the_page_shows_the_figures_each_linked_to_its_list_and_the_report_pdf() throws Exception {
        String html = mvc.perform(get("/situation/dashboard").param("unit", data.a).param("date", DAY).with(as("dash.province")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(link(html, "new-cases")).isEqualTo("/cases?commune=" + data.a + " 5");
        assertThat(link(html, "new-community")).isEqualTo("/cases?commune=" + data.a + " 3");
        assertThat(link(html, "window-in-quarantine")).isEqualTo("/cases?commune=" + data.a + " 3");
        assertThat(html).contains("data-test=\"window-tests\" href=\"/testing/stats?area=" + data.a
                + "&amp;from=12/01/2022&amp;to=08/02/2022\">4<");
        assertThat(link(html, "quarantine-free")).isEqualTo("/isolation/facilities?area=" + data.a + " 47");
        assertThat(link(html, "beds-used-2")).isEqualTo("/isolation/facilities?area=" + data.a + " 0");
        assertThat(html).contains("data-test=\"kits\" href=\"/testing/kits?area=" + data.a + "\">999<");
        assertThat(html).contains("data-test=\"adult-dose2\" href=\"/vaccination/coverage?unit=" + data.a + "\">8%<");
        assertThat(html).contains("data-test=\"outreach-incomplete\" href=\"/vaccination/outreach/completion?district="
                + data.a + "\">1<");
        assertThat(html).contains("href=\"/situation/report/report.pdf?unit=" + data.a + "&amp;date=08/02/2022\"");
        assertThat(html).contains("href=\"/situation/dashboard?unit=" + data.a1 + "&amp;date=08/02/2022\"");
        assertThat(html).contains("data-test=\"up\" href=\"/situation/dashboard?unit=" + P);
        assertThat(link(html, "clusters")).isEqualTo("/tracing/clusters?status=OPEN&area=" + data.a + " 1");
        mvc.perform(get("/situation/dashboard").param("unit", data.a).with(as("dash.district.a")))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("data-test=\"up\""))));
    }
}
