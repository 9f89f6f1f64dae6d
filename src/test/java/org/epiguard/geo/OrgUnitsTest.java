package org.epiguard.geo;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Organisation units of Hạ Long (district 193) and Móng Cái (194). */
class OrgUnitsTest extends IntegrationTest {

    @Autowired
    OrgUnits orgUnits;

    private String baiChay() {
        return user("org-station-baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
    }

    private String kaLong() {
        return user("org-station-kalong", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06709"));
    }

    private static String unique(String name) {
        return name + " " + Long.toString(System.nanoTime(), 36);
    }

    private static String json(String type, String name, String capacity, String commune, String village, String phone) {
        return """
                {"type":"%s","name":"%s","address":"Đường Hạ Long","capacity":"%s","commune":"%s","village":"%s","phone":"%s"}"""
                .formatted(type, name, capacity, commune, village, phone);
    }

    private long create(String user, String type, String name, String capacity, String commune) throws Exception {
        String body = mvc.perform(post("/api/v1/geo/org-units").with(as(user)).contentType(MediaType.APPLICATION_JSON)
                        .content(json(type, name, capacity, commune, "", "0203 3 846 111")))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll("^\\{\"id\":(\\d+).*", "$1"));
    }

    private long named(String name) {
        return jdbc.sql("select count(*) from geo_org_unit where name = :n").param("n", name).query(Long.class).single();
    }

    @Test
    void a_commune_creates_a_quarantine_facility_finds_it_by_unaccented_name_and_deactivates_it() throws Exception {
        String name = unique("Khu cách ly Bãi Cháy");
        long id = create(baiChay(), "QUARANTINE_FACILITY", name, "120", "06673");
        mvc.perform(get("/api/v1/geo/org-units/" + id).with(as(baiChay())))
                .andExpect(jsonPath("$.capacity").value(120))
                .andExpect(jsonPath("$.phone").value("02033846111"))
                .andExpect(jsonPath("$.districtCode").value("193"));
        mvc.perform(get("/api/v1/geo/org-units").param("q", "khu cach ly bai chay").param("type", "QUARANTINE_FACILITY")
                        .with(as(baiChay())))
                .andExpect(jsonPath("$.items[*].name").value(hasItem(name)));
        assertThat(orgUnits.inScope(Scope.of("COMMUNE", "06673"))).extracting(OrgUnit::id).contains(id);
        assertThat(orgUnits.find(id)).get().satisfies(u -> {
            assertThat(u.type()).isEqualTo(OrgUnitType.QUARANTINE_FACILITY);
            assertThat(u.location().communeCode()).isEqualTo("06673");
            assertThat(u.location().unitId()).isEqualTo(id);
        });

        mvc.perform(post("/api/v1/geo/org-units/" + id + "/deactivate").with(as(baiChay())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.active").value(false));
        assertThat(orgUnits.inScope(Scope.of("COMMUNE", "06673"))).extracting(OrgUnit::id).doesNotContain(id);
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from access_audit"
                        + " where entity_type = 'geo_org_unit' and entity_id = :id").param("id", Long.toString(id))
                .query(String.class).single()).isEqualTo("CREATE,UPDATE");
    }

    @Test
    void a_user_of_another_commune_neither_sees_nor_changes_the_unit_nor_creates_one_outside_their_commune()
            throws Exception {
        String name = unique("Trường THCS Bãi Cháy");
        long id = create(baiChay(), "SCHOOL", name, "900", "06673");
        String other = kaLong();
        mvc.perform(get("/api/v1/geo/org-units/" + id).with(as(other)))
                .andExpect(status().isNotFound()).andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/api/v1/geo/org-units").param("q", name).with(as(other)))
                .andExpect(jsonPath("$.total").value(0)).andExpect(content().string(not(containsString(name))));
        mvc.perform(put("/api/v1/geo/org-units/" + id).with(as(other)).contentType(MediaType.APPLICATION_JSON)
                .content(json("SCHOOL", "Hijacked", "1", "06709", "", ""))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/geo/org-units/" + id + "/deactivate").with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/geo/org-units/" + id + "/edit").with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/geo/org-units").with(as(other)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(name))))
                .andExpect(content().string(not(containsString("/geo/org-units/" + id + "/edit"))));
        assertThat(named(name)).isEqualTo(1);
        assertThat(named("Hijacked")).isZero();

        String intruder = unique("Chợ lạ");
        mvc.perform(post("/api/v1/geo/org-units").with(as(other)).contentType(MediaType.APPLICATION_JSON)
                .content(json("MARKET", intruder, "", "06673", "", ""))).andExpect(status().isForbidden());
        assertThat(named(intruder)).isZero();
        mvc.perform(put("/api/v1/geo/org-units/" + id).with(as(baiChay())).contentType(MediaType.APPLICATION_JSON)
                .content(json("SCHOOL", name, "900", "06709", "", ""))).andExpect(status().isForbidden());
        assertThat(jdbc.sql("select commune_code from geo_org_unit where id = :id").param("id", id)
                .query(String.class).single()).as("not moved to Ka Long").isEqualTo("06673");
    }

    @Test
    void each_bad_field_is_named_and_nothing_is_written() throws Exception {
        String name = unique("Chợ Hạ Long");
        var cases = List.of(
                List.of(json("MARKET", name, "-1", "06673", "", ""), "capacity"),
                List.of(json("HOSPITAL", name, "abc", "06673", "", ""), "capacity"),
                List.of(json("MARKET", name, "50", "06673", "", ""), "capacity"),
                List.of(json("SPACESHIP", name, "", "06673", "", ""), "type"),
                List.of(json("MARKET", "", "", "06673", "", ""), "name"),
                List.of(json("MARKET", name, "", "06673", "", "12345"), "phone"),
                List.of(json("MARKET", name, "", "", "", ""), "commune"),
                List.of(json("MARKET", name, "", "99999", "", ""), "commune"),
                List.of(json("MARKET", name, "", "06673", "x", ""), "village"));
        for (var c : cases) {
            mvc.perform(post("/api/v1/geo/org-units").with(as(baiChay())).contentType(MediaType.APPLICATION_JSON)
                            .content(c.get(0)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors." + c.get(1)).exists());
        }
        long kaLongVillage = jdbc.sql("""
                insert into geo_village (province_code, district_code, commune_code, village_type, name)
                values ('22', '194', '06709', 'KHU', :n) returning id""").param("n", unique("Khu 5")).query(Long.class).single();
        mvc.perform(post("/api/v1/geo/org-units").with(as(baiChay())).contentType(MediaType.APPLICATION_JSON)
                        .content(json("MARKET", name, "", "06673", Long.toString(kaLongVillage), "")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.village").value(containsString("không thuộc")));
        assertThat(named(name)).isZero();
    }

    @Test
    void a_unit_scoped_user_sees_and_edits_only_their_own_unit() throws Exception {
        String schoolName = unique("Trường Tiểu học Bãi Cháy");
        long school = create(baiChay(), "SCHOOL", schoolName, "500", "06673");
        String neighbour = unique("Trường Mầm non Bãi Cháy");
        create(baiChay(), "SCHOOL", neighbour, "200", "06673");
        String principal = user("org-school-" + school, Role.SCHOOL, Scope.of("UNIT", Long.toString(school)));
        mvc.perform(get("/api/v1/geo/org-units").with(as(principal)))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(school));
        mvc.perform(put("/api/v1/geo/org-units/" + school).with(as(principal)).contentType(MediaType.APPLICATION_JSON)
                        .content(json("SCHOOL", schoolName, "520", "06673", "", "")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.capacity").value(520));
        mvc.perform(post("/api/v1/geo/org-units").with(as(principal)).contentType(MediaType.APPLICATION_JSON)
                .content(json("SCHOOL", unique("Another"), "1", "06673", "", ""))).andExpect(status().isForbidden());
        assertThat(orgUnits.inScope(Scope.of("UNIT", Long.toString(school)))).extracting(OrgUnit::id)
                .containsExactly(school);
    }

    @Test
    void the_district_filters_pages_sorts_and_exports_its_units_to_xlsx_with_an_audit_record() throws Exception {
        String tag = Long.toString(System.nanoTime(), 36);
        create(baiChay(), "ENTERPRISE", "Công ty Than Hạ Long " + tag, "", "06673");
        create(baiChay(), "PORT", "Cảng Cái Lân " + tag, "", "06673");
        create(kaLong(), "MARKET", "Chợ Móng Cái " + tag, "", "06709");
        String district = user("org-district-halong", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "193"));
        mvc.perform(get("/api/v1/geo/org-units").param("q", tag).param("sort", "name").param("size", "1")
                        .with(as(district)))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].name").value("Cảng Cái Lân " + tag));
        mvc.perform(get("/api/v1/geo/org-units").param("q", tag).param("type", "ENTERPRISE").with(as(district)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/geo/org-units").param("q", tag).param("sort", "type").param("dir", "desc").with(as(district)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cảng Cái Lân " + tag)))
                .andExpect(content().string(not(containsString("Chợ Móng Cái " + tag))));

        byte[] xlsx = mvc.perform(get("/geo/org-units/export.xlsx").param("q", tag).with(as(district)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            wb.getSheetAt(0).forEach(r -> names.add(r.getCell(2).getStringCellValue()));
        }
        assertThat(names).contains("Công ty Than Hạ Long " + tag, "Cảng Cái Lân " + tag)
                .doesNotContain("Chợ Móng Cái " + tag);
        assertThat(jdbc.sql("select count(*) from access_audit where action = 'EXPORT' and entity_type = 'geo_org_unit'"
                + " and username = :u and summary like :s").param("u", district).param("s", "%" + tag + "%")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_form_pages_create_a_unit_and_show_field_errors() throws Exception {
        String name = unique("Nhà văn hóa Bãi Cháy");
        mvc.perform(get("/geo/org-units/new").with(as(baiChay()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Bãi Cháy")));
        mvc.perform(post("/geo/org-units").with(as(baiChay())).param("type", "VENUE").param("name", name)
                        .param("capacity", "-3").param("commune", "06673"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Không được là số âm")));
        assertThat(named(name)).isZero();
        mvc.perform(post("/geo/org-units").with(as(baiChay())).param("type", "VENUE").param("name", name)
                        .param("capacity", "300").param("commune", "06673"))
                .andExpect(status().is3xxRedirection());
        assertThat(named(name)).isEqualTo(1);
    }
}
