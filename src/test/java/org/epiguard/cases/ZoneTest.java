package org.epiguard.cases;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ZoneTest extends CasesTestSupport {

    /** A zone proposed by a positive rapid test of a person living in the commune. */
    long proposedZone(String commune, String district, String name) throws Exception {
        long home = household(commune, district);
        long p = person(name, commune, district, home, 1985);
        long test = positiveRapidTest(provinceUser(), p, hoursAgo(2), null);
        return jdbc.sql("select id from cases_zone where proposing_test_id = :t").param("t", test).query(Long.class).single();
    }

    String zoneStatus(long zone) {
        return jdbc.sql("select status || ' ' || kind from cases_zone where id = :z").param("z", zone).query(String.class).single();
    }

    long village(String commune, String district, String name) {
        return jdbc.sql("""
                        insert into geo_village (province_code, district_code, commune_code, village_type, name)
                        values ('22', :d, :c, 'KHU', :n) returning id""")
                .param("d", district).param("c", commune).param("n", name + " " + System.nanoTime()).query(Long.class).single();
    }

    @Test
    void the_commune_confirms_a_proposed_zone_with_its_own_end_date_and_later_lifts_it() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long zone = proposedZone(BAI_CHAY, HA_LONG, "Hoàng Văn Phong Tỏa");
        String end = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(21).format(InvestigationTest.DAY);
        assertThat(postJson(tyt, "/api/v1/cases/zones/" + zone + "/confirm", """
                {"plannedEnd": "%s", "description": "Hộ ông Hoàng, tổ 2"}""".formatted(end), 200))
                .contains("\"status\":\"ACTIVE\"", "\"kind\":\"HOUSEHOLD\"", "Hộ ông Hoàng, tổ 2",
                        "\"plannedEnd\":\"" + LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(21) + "\"");
        assertThat(getJson(districtUser(HA_LONG), "/api/v1/cases/zones", 200)).contains("\"id\":" + zone + ",");
        assertThat(getJson(communeUser(HUNG_THANG), "/api/v1/cases/zones", 200)).doesNotContain("\"id\":" + zone + ",");
        assertThat(getJson(districtUser(MONG_CAI), "/api/v1/cases/zones", 200)).doesNotContain("\"id\":" + zone + ",");
        assertThat(postJson(tyt, "/api/v1/cases/zones/" + zone + "/confirm", "{}", 400))
                .contains("\"field\":\"status\",\"code\":\"NOT_PROPOSED\"");
        assertThat(postJson(tyt, "/api/v1/cases/zones/" + zone + "/lift", "{\"at\": \"01/01/2021 10:00\"}", 400))
                .contains("\"field\":\"at\",\"code\":\"BEFORE_STEP\"");
        postJson(tyt, "/api/v1/cases/zones/" + zone + "/lift", "{}", 200);
        assertThat(zoneStatus(zone)).isEqualTo("LIFTED HOUSEHOLD");
        assertThat(postJson(tyt, "/api/v1/cases/zones/" + zone + "/lift", "{}", 400))
                .contains("\"field\":\"status\",\"code\":\"NOT_ACTIVE\"");
        assertThat(getJson(tyt, "/api/v1/cases/zones?status=LIFTED", 200)).contains("\"id\":" + zone + ",");
        assertThat(count("select count(*) from access_audit where entity_type = 'cases_zone' and entity_id = :p::text", zone))
                .isEqualTo(3);
    }

    @Test
    void a_household_zone_widens_to_its_village_only_with_a_village_of_its_commune() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long zone = proposedZone(BAI_CHAY, HA_LONG, "Hoàng Thị Mở Rộng");
        long own = village(BAI_CHAY, HA_LONG, "Khu 4");
        long other = village(HUNG_THANG, HA_LONG, "Khu 9");
        String path = "/api/v1/cases/zones/" + zone + "/confirm";
        assertThat(postJson(tyt, path, "{\"kind\": \"VILLAGE\"}", 400)).contains("\"field\":\"villageId\",\"code\":\"REQUIRED\"");
        assertThat(postJson(tyt, path, "{\"kind\": \"VILLAGE\", \"villageId\": %d}".formatted(other), 400))
                .contains("\"field\":\"villageId\",\"code\":\"NOT_IN_COMMUNE\"");
        assertThat(postJson(tyt, path, "{\"kind\": \"BUILDING\"}", 400)).contains("\"field\":\"kind\",\"code\":\"NO_UNIT\"");
        assertThat(postJson(tyt, path, "{\"kind\": \"TOWN\", \"startsOn\": \"10/10/2021\", \"plannedEnd\": \"01/10/2021\"}", 400))
                .contains("\"field\":\"kind\",\"code\":\"UNKNOWN_VALUE\"", "\"field\":\"plannedEnd\",\"code\":\"BEFORE_START\"");
        assertThat(postJson(tyt, path, "{\"plannedEnd\": \"31/02/2022\"}", 400)).contains("\"field\":\"plannedEnd\",\"code\":\"BAD_DATE\"");
        assertThat(zoneStatus(zone)).isEqualTo("PROPOSED HOUSEHOLD");
        assertThat(postJson(tyt, path, "{\"kind\": \"VILLAGE\", \"villageId\": %d}".formatted(own), 200))
                .contains("\"kind\":\"VILLAGE\"", "\"villageName\":\"Khu 4");
    }

    @Test
    void nobody_decides_on_a_zone_outside_their_scopes() throws Exception {
        long zone = proposedZone(HUNG_THANG, HA_LONG, "Hoàng Văn Ngoài Vùng");
        String path = "/api/v1/cases/zones/" + zone + "/confirm";
        postJson(communeUser(BAI_CHAY), path, "{}", 404);
        postJson(districtUser(MONG_CAI), path, "{}", 404);
        getJson(communeUser(BAI_CHAY), "/api/v1/cases/zones/" + zone, 404);
        users.ensure("c.mixed3.193", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY), Scope.of("DISTRICT", HA_LONG));
        postJson("c.mixed3.193", path, "{}", 403);
        String team = user("c.team." + HUNG_THANG, Role.COMMUNITY_TEAM, Scope.of("COMMUNE", HUNG_THANG));
        getJson(team, "/api/v1/cases/zones/" + zone, 200);
        postJson(team, path, "{}", 403);
        postJson(communeUser(BAI_CHAY), "/api/v1/cases/zones/" + zone + "/lift", "{}", 404);
        assertThat(zoneStatus(zone)).isEqualTo("PROPOSED HOUSEHOLD");
        assertThat(count("select count(*) from access_audit where entity_type = 'cases_zone' and entity_id = :p::text", zone))
                .isEqualTo(1);
    }

    @Test
    void the_zones_page_lists_proposed_and_active_zones_and_confirms_one() throws Exception {
        String tyt = communeUser(BAI_CHAY);
        long school = unit("SCHOOL", "Trường Tiểu học Vùng Đỏ", BAI_CHAY, HA_LONG);
        long p = person("Hoàng Bé Học Sinh", BAI_CHAY, HA_LONG);
        long test = positiveRapidTest(provinceUser(), p, hoursAgo(2), school);
        long zone = jdbc.sql("select id from cases_zone where proposing_test_id = :t").param("t", test).query(Long.class).single();
        String page = mvc.perform(get("/cases/zones").with(as(tyt))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Trường Tiểu học Vùng Đỏ", "/cases/zones/" + zone + "/confirm");
        assertThat(mvc.perform(get("/cases/zones").with(as(communeUser(KA_LONG)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Trường Tiểu học Vùng Đỏ");
        mvc.perform(post("/cases/zones/" + zone + "/confirm").with(as(tyt)).with(csrf()).param("kind", "BUILDING"))
                .andExpect(status().is3xxRedirection());
        assertThat(zoneStatus(zone)).isEqualTo("ACTIVE BUILDING");
        String after = mvc.perform(get("/cases/zones").with(as(tyt))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(after).contains("/cases/zones/" + zone + "/lift");
    }
}
