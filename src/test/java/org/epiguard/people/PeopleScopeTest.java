package org.epiguard.people;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import java.util.List;
import java.util.Map;

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

/**
 * A person of Phường Bãi Cháy (Hạ Long) and what users of other jurisdictions get of it: nothing,
 * through every door of the registry. The district of Hạ Long and the province see it.
 */
class PeopleScopeTest extends PeopleTestSupport {

    static final String NAME = "Kiều Thị Bích Ngọc";

    String owner;
    long person;
    long household;
    Map<String, Object> details;

    @BeforeEach
    void aPersonOfBaiChay() throws Exception {
        owner = user("scope.owner", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        details = person(NAME, "1994", "F", BAI_CHAY);
        details.put("newHousehold", true);
        person = create(owner, details);
        household = jdbc.sql("select household_id from people_person where id = :id").param("id", person)
                .query(Long.class).single();
    }

    List<String> outsiders() {
        long school = schoolIn(BAI_CHAY, "Trường THCS Bãi Cháy " + person);
        return List.of(
                user("scope.othercommune", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", HA_KHANH)),
                user("scope.otherdistrict", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "194")),
                user("scope.unit." + person, Role.SCHOOL, Scope.of("UNIT", Long.toString(school))));
    }

    @Test
    void outsiders_do_not_read_the_person_through_any_page_or_API() throws Exception {
        for (String u : outsiders()) {
            noData(mvc.perform(get("/api/v1/people/{id}", person).with(as(u))).andExpect(status().isNotFound()));
            noData(mvc.perform(get("/people/{id}", person).with(as(u))).andExpect(status().isNotFound()));
            noData(mvc.perform(get("/people/{id}/edit", person).with(as(u))).andExpect(status().isNotFound()));
            noData(mvc.perform(get("/people/{id}/merge", person).with(as(u))).andExpect(status().isNotFound()));
            noData(mvc.perform(get("/api/v1/people/households/{id}", household).with(as(u))).andExpect(status().isNotFound()));
            noData(mvc.perform(get("/people/households/{id}", household).with(as(u))).andExpect(status().isNotFound()));
            noData(mvc.perform(get("/api/v1/people").param("q", "kieu thi bich ngoc").with(as(u))).andExpect(status().isOk()));
            noData(mvc.perform(get("/api/v1/people").param("q", details.get("citizenId").toString()).with(as(u))));
            noData(mvc.perform(get("/people").param("q", "kieu thi bich ngoc").with(as(u))).andExpect(status().isOk()));
            noData(mvc.perform(get("/people").param("commune", BAI_CHAY).with(as(u))).andExpect(status().isOk()));
            byte[] xlsx = mvc.perform(get("/people/export").param("q", NAME).with(as(u))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
            assertThat(PeoplePagesTest.cells(xlsx)).doesNotContain(NAME);
        }
    }

    @Test
    void outsiders_cannot_change_or_merge_the_person_nor_create_people_in_its_commune() throws Exception {
        long other = create(owner, person("Kiều Văn Bình", "1990", "M", BAI_CHAY));
        for (String u : outsiders()) {
            Map<String, Object> changed = new java.util.LinkedHashMap<>(details);
            changed.put("fullName", "Kẻ Lạ Sửa Tên");
            changed.put("newHousehold", false);
            noData(mvc.perform(put("/api/v1/people/{id}", person).with(as(u)).contentType(MediaType.APPLICATION_JSON)
                    .content(body(changed))).andExpect(status().isNotFound()));
            noData(mvc.perform(post("/people/{id}/edit", person).with(as(u)).param("fullName", "Kẻ Lạ Sửa Tên")
                    .param("birth", "1994").param("communeCode", BAI_CHAY)).andExpect(status().isNotFound()));
            noData(mvc.perform(post("/api/v1/people/{id}/merge", person).with(as(u)).contentType(MediaType.APPLICATION_JSON)
                    .content("{\"duplicateId\":" + other + "}")).andExpect(status().isNotFound()));
            noData(mvc.perform(post("/people/{id}/merge", person).with(as(u)).param("duplicateId", Long.toString(other)))
                    .andExpect(status().isNotFound()));
            Map<String, Object> intruder = person("Kẻ Lạ Tạo Mới", "1980", "M", BAI_CHAY);
            if (u.startsWith("scope.unit")) {
                // a school registers its own pupils wherever they live, but nobody else's
                intruder.put("workplaceId", schoolIn(BAI_CHAY, "Trường khác " + u));
                mvc.perform(post("/api/v1/people").with(as(u)).contentType(MediaType.APPLICATION_JSON).content(body(intruder)))
                        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("workplaceId"));
            } else {
                mvc.perform(post("/api/v1/people").with(as(u)).contentType(MediaType.APPLICATION_JSON).content(body(intruder)))
                        .andExpect(status().isForbidden());
            }
        }
        assertThat(peopleNamed("Kẻ Lạ Sửa Tên")).isZero();
        assertThat(peopleNamed("Kẻ Lạ Tạo Mới")).isZero();
        assertThat(jdbc.sql("select full_name from people_person where id = :id").param("id", person)
                .query(String.class).single()).isEqualTo(NAME);
        assertThat(jdbc.sql("select count(*) from people_person where merged_into is not null and id in (:a, :b)")
                .param("a", person).param("b", other).query(Long.class).single()).isZero();
        assertThat(auditCount("UPDATE", person)).isZero();
        assertThat(auditCount("MERGE", person)).isZero();
    }

    @Test
    void the_district_of_Ha_Long_and_the_province_committee_see_the_person() throws Exception {
        String district = user("scope.halong", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "193"));
        String province = user("scope.province", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "22"));
        for (String u : List.of(district, province)) {
            mvc.perform(get("/api/v1/people/{id}", person).with(as(u))).andExpect(status().isOk())
                    .andExpect(jsonPath("$.fullName").value(NAME));
            mvc.perform(get("/api/v1/people").param("q", "kieu thi bich ngoc 1994").with(as(u)))
                    .andExpect(jsonPath("$[*].id").value(hasItem((int) person)));
            mvc.perform(get("/people/households/{id}", household).with(as(u))).andExpect(content().string(containsString(NAME)));
            mvc.perform(get("/people").param("q", "kieu thi bich").with(as(u))).andExpect(content().string(containsString(NAME)));
        }
        mvc.perform(get("/people").with(as(district))).andExpect(content().string(containsString("Bãi Cháy")));
    }

    @Test
    void a_school_user_registers_its_pupils_and_sees_only_them() throws Exception {
        long school = schoolIn(HA_KHANH, "Trường Tiểu học Hà Khánh " + person);
        String teacher = user("scope.school." + person, Role.SCHOOL, Scope.of("UNIT", Long.toString(school)));
        Map<String, Object> pupil = person("Trịnh Minh Khôi", "15/09/2013", "M", KA_LONG);
        pupil.remove("citizenId");
        long id = create(teacher, pupil);
        mvc.perform(get("/api/v1/people/{id}", id).with(as(teacher))).andExpect(jsonPath("$.workplaceId").value((int) school));
        Map<String, Object> elsewhere = person("Trịnh Minh Khang", "2013", "M", KA_LONG);
        elsewhere.remove("citizenId");
        elsewhere.put("workplaceId", schoolIn(HA_KHANH, "Trường khác " + person));
        mvc.perform(post("/api/v1/people").with(as(teacher)).contentType(MediaType.APPLICATION_JSON).content(body(elsewhere)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("workplaceId"));
        mvc.perform(get("/api/v1/people/{id}", person).with(as(teacher))).andExpect(status().isNotFound());
    }

    private void noData(ResultActions result) throws Exception {
        result.andExpect(content().string(not(containsString(NAME))))
                .andExpect(content().string(not(containsString(details.get("citizenId").toString()))))
                .andExpect(content().string(not(containsString(details.get("phone").toString()))));
    }
}
