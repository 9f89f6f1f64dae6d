package org.epiguard.geo;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Villages of Phường Bãi Cháy (06673), kept by its commune users. */
class VillagesTest extends IntegrationTest {

    private static final String BAI_CHAY = "06673";

    @org.springframework.beans.factory.annotation.Autowired
    Villages villages;

    private String station() {
        return user("vil-station-baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
    }

    private String kaLong() {
        return user("vil-team-kalong", Role.COMMUNITY_TEAM, Scope.of("COMMUNE", "06709"));
    }

    private static String unique(String name) {
        return name + " " + Long.toString(System.nanoTime(), 36);
    }

    private long create(String user, String type, String name) throws Exception {
        String body = mvc.perform(post("/api/v1/geo/villages").with(as(user)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commune\":\"" + BAI_CHAY + "\",\"type\":\"" + type + "\",\"name\":\"" + name + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return Long.parseLong(body.replaceAll(".*\"id\":(\\d+).*", "$1"));
    }

    private long villagesNamed(String name) {
        return jdbc.sql("select count(*) from geo_village where eg_fold(name) = eg_fold(:n)").param("n", name)
                .query(Long.class).single();
    }

    @Test
    void a_commune_health_station_adds_renames_and_deletes_a_village_of_its_commune_with_an_audit_trail()
            throws Exception {
        String name = unique("Khe Cát");
        long id = create(station(), "THON", "Thôn " + name);
        mvc.perform(get("/api/v1/geo/villages").param("commune", BAI_CHAY).with(as(station())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].village.name").value(hasItem(name)));
        mvc.perform(put("/api/v1/geo/villages/" + id).with(as(station())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"KHU\",\"name\":\"" + name + " Mới\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("KHU"))
                .andExpect(jsonPath("$.name").value(name + " Mới"));
        mvc.perform(delete("/api/v1/geo/villages/" + id).with(as(station()))).andExpect(status().isNoContent());
        assertThat(jdbc.sql("select count(*) from geo_village where id = :id").param("id", id).query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from access_audit"
                        + " where entity_type = 'geo_village' and entity_id = :id").param("id", Long.toString(id))
                .query(String.class).single()).isEqualTo("CREATE,UPDATE,DELETE");
    }

    @Test
    void a_name_already_in_the_commune_is_refused_on_the_name_field_whatever_its_accents() throws Exception {
        String name = unique("Đồng Đăng");
        create(station(), "KHU", name);
        String folded = "dong dang " + name.substring(name.lastIndexOf(' ') + 1);
        mvc.perform(post("/api/v1/geo/villages").with(as(station())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commune\":\"06673\",\"type\":\"THON\",\"name\":\"" + folded.toUpperCase() + "\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").value(containsString("Khu " + name)));
        assertThat(villagesNamed(name)).isEqualTo(1);
        mvc.perform(post("/api/v1/geo/villages").with(as(station())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commune\":\"06673\",\"type\":\"THON\",\"name\":\"   \"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").exists());
        mvc.perform(post("/api/v1/geo/villages").with(as(station())).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commune\":\"06673\",\"name\":\"Không loại\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.type").exists());
    }

    @Test
    void a_user_of_another_commune_can_neither_see_nor_change_the_villages_of_bai_chay() throws Exception {
        String name = unique("Hòn Gai");
        long id = create(station(), "TO_DAN_PHO", name);
        String other = kaLong();

        mvc.perform(post("/api/v1/geo/villages").with(as(other)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commune\":\"06673\",\"type\":\"THON\",\"name\":\"Intruder " + name + "\"}"))
                .andExpect(status().isForbidden());
        assertThat(villagesNamed("Intruder " + name)).isZero();
        mvc.perform(get("/api/v1/geo/villages").param("commune", BAI_CHAY).with(as(other)))
                .andExpect(status().isNotFound()).andExpect(content().string(not(containsString(name))));
        mvc.perform(get("/api/v1/geo/villages/" + id).with(as(other)))
                .andExpect(status().isNotFound()).andExpect(content().string(not(containsString(name))));
        mvc.perform(put("/api/v1/geo/villages/" + id).with(as(other)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\":\"THON\",\"name\":\"Renamed\"}")).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/geo/villages/" + id).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/geo/villages").param("commune", BAI_CHAY).with(as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/geo/villages").with(as(other))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(name))));
        assertThat(villagesNamed(name)).isEqualTo(1);
    }

    @Test
    void the_district_sees_the_villages_of_its_communes_but_only_commune_users_keep_them() throws Exception {
        String name = unique("Cái Dăm");
        long id = create(station(), "KHU", name);
        String district = user("vil-district-halong", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "193"));
        mvc.perform(get("/api/v1/geo/villages").param("commune", BAI_CHAY).with(as(district)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[*].village.name").value(hasItem(name)));
        mvc.perform(post("/api/v1/geo/villages").with(as(district)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commune\":\"06673\",\"type\":\"THON\",\"name\":\"District " + name + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/geo/villages/" + id).with(as(district))).andExpect(status().isForbidden());
        assertThat(villagesNamed("District " + name)).isZero();
        assertThat(villagesNamed(name)).isEqualTo(1);
        mvc.perform(get("/geo/villages").param("commune", BAI_CHAY).with(as(district))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(not(containsString("/geo/villages/bulk"))));
    }

    @Test
    void a_village_where_people_live_cannot_be_deleted_and_the_message_says_why() throws Exception {
        String name = unique("Bãi Dài");
        long id = create(station(), "THON", name);
        jdbc.sql("""
                insert into people_person (full_name, birth_year, province_code, district_code, commune_code, village_id)
                values ('Nguyễn Văn Thử', 1980, '22', '193', '06673', :v)""").param("v", id).update();
        mvc.perform(delete("/api/v1/geo/villages/" + id).with(as(station())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors.village").value(containsString("1 người")));
        assertThat(villagesNamed(name)).isEqualTo(1);
        mvc.perform(post("/geo/villages/" + id + "/delete").with(as(station())))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", containsString("Thôn " + name)));
        assertThat(villagesNamed(name)).isEqualTo(1);
    }

    @Test
    void the_villages_page_lets_the_commune_add_one_and_shows_the_field_error_of_a_duplicate() throws Exception {
        String name = unique("Cột Đồng Hồ");
        mvc.perform(post("/geo/villages").with(as(station())).param("commune", BAI_CHAY).param("type", "KHU")
                        .param("name", name))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/geo/villages").with(as(station())).param("commune", BAI_CHAY).param("type", "KHU")
                        .param("name", name.toLowerCase()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-test=\"name-error\"")));
        assertThat(villagesNamed(name)).isEqualTo(1);
        mvc.perform(get("/geo/villages").with(as(station()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString("/geo/villages/bulk")));
    }

    @Test
    void a_pasted_list_creates_the_villages_once_and_a_second_paste_changes_nothing() throws Exception {
        String tag = unique("");
        String lines = "Thôn Một" + tag + "\\nTổ dân phố Hai" + tag + "\\nBa" + tag + "\\n\\n";
        String body = "{\"commune\":\"06673\",\"defaultType\":\"XOM\",\"lines\":\"" + lines + "\"}";
        mvc.perform(post("/api/v1/geo/villages/bulk").with(as(station())).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created.length()").value(3))
                .andExpect(jsonPath("$.created[1].type").value("TO_DAN_PHO"))
                .andExpect(jsonPath("$.created[2].type").value("XOM"));
        mvc.perform(post("/api/v1/geo/villages/bulk").with(as(station())).contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(jsonPath("$.created.length()").value(0))
                .andExpect(jsonPath("$.existing.length()").value(3));
        mvc.perform(post("/api/v1/geo/villages/bulk").with(as(kaLong())).contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("Một", "Bốn"))).andExpect(status().isForbidden());
        assertThat(villagesNamed("Bốn" + tag)).isZero();
    }

    @Test
    void other_modules_read_villages_through_the_public_facade() throws Exception {
        String name = unique("Facade");
        long id = create(station(), "BAN", name);
        assertThat(villages.find(id)).get().satisfies(v -> assertThat(v.fullName()).isEqualTo("Bản " + name));
        assertThat(villages.inCommune(BAI_CHAY)).extracting(Village::id).contains(id);
    }
}
