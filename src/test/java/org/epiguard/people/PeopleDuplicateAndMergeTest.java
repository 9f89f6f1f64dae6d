package org.epiguard.people;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@RecordApplicationEvents
class PeopleDuplicateAndMergeTest extends PeopleTestSupport {

    @Autowired
    ApplicationEvents events;

    @Test
    void the_same_citizen_ID_is_refused_with_the_existing_person_and_cannot_be_forced() throws Exception {
        String u = user("dup.id", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        Map<String, Object> p = person("Hoàng Văn Nam", "1970", "M", BAI_CHAY);
        long existing = create(u, p);
        Map<String, Object> again = new java.util.LinkedHashMap<>(p);
        again.put("fullName", "Hoàng Văn Năm");
        again.put("confirmNotDuplicate", true);
        mvc.perform(post("/api/v1/people").with(as(u)).contentType(MediaType.APPLICATION_JSON).content(body(again)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.candidates[0]").value((int) existing))
                .andExpect(jsonPath("$.sameDocument").value(true));
        assertThat(peopleNamed("Hoàng Văn Năm")).isZero();
    }

    @Test
    void the_same_name_birth_and_phone_is_offered_and_can_be_confirmed_as_a_namesake() throws Exception {
        String u = user("dup.name", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        Map<String, Object> p = person("Bùi Thị Hạnh", "12/05/1992", "F", BAI_CHAY);
        long existing = create(u, p);
        Map<String, Object> twin = new java.util.LinkedHashMap<>(p);
        twin.put("fullName", "  BÙI thị   hạnh ");
        twin.put("citizenId", cccd(1992, "F"));
        mvc.perform(post("/api/v1/people").with(as(u)).contentType(MediaType.APPLICATION_JSON).content(body(twin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.candidates[0]").value((int) existing))
                .andExpect(jsonPath("$.sameDocument").value(false));
        twin.put("confirmNotDuplicate", true);
        create(u, twin);
    }

    @Test
    void the_create_form_offers_the_existing_person() throws Exception {
        String u = user("dup.form", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        Map<String, Object> p = person("Ngô Văn Toàn", "1964", "M", BAI_CHAY);
        long existing = create(u, p);
        mvc.perform(post("/people/new").with(as(u)).param("fullName", "Ngô Văn Toàn").param("birth", "1964")
                        .param("sex", "M").param("communeCode", BAI_CHAY).param("citizenId", p.get("citizenId").toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-test=\"duplicates\"")))
                .andExpect(content().string(containsString("/people/" + existing)))
                .andExpect(content().string(not(containsString("name=\"confirmNotDuplicate\""))));
    }

    @Test
    void a_duplicate_outside_the_scope_is_reported_without_any_of_its_data() throws Exception {
        String owner = user("dup.owner", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", KA_LONG));
        String other = user("dup.stranger", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        Map<String, Object> p = person("Đặng Thị Xuân", "1983", "F", KA_LONG);
        p.put("addressText", "Số 7 ngõ Kim Quy Thất");
        long existing = create(owner, p);
        Map<String, Object> again = new java.util.LinkedHashMap<>(p);
        again.put("communeCode", BAI_CHAY);
        again.put("fullName", "Đặng Thị Thu");
        again.put("phone", phone());
        mvc.perform(post("/api/v1/people").with(as(other)).contentType(MediaType.APPLICATION_JSON).content(body(again)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.candidates").isEmpty())
                .andExpect(jsonPath("$.outsideScope").value(true))
                .andExpect(content().string(not(containsString(String.valueOf(existing)))))
                .andExpect(content().string(not(containsString("Xuân"))));
        mvc.perform(post("/people/new").with(as(other)).param("fullName", "Đặng Thị Thu").param("birth", "1983")
                        .param("sex", "F").param("communeCode", BAI_CHAY).param("citizenId", p.get("citizenId").toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-test=\"duplicates\"")))
                .andExpect(content().string(not(containsString("Xuân"))))
                .andExpect(content().string(not(containsString("Kim Quy Thất"))))
                .andExpect(content().string(not(containsString("/people/" + existing + "\""))));
    }

    @Test
    void a_merge_fills_the_survivor_moves_the_household_hides_the_duplicate_and_is_audited() throws Exception {
        String u = user("merge.baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        Map<String, Object> survivorIn = person("Dương Văn Lực", "1958", "M", BAI_CHAY);
        survivorIn.remove("phone");
        long survivor = create(u, survivorIn);
        Map<String, Object> dupIn = person("Dương Văn Lực", "03/04/1958", "M", BAI_CHAY);
        dupIn.remove("citizenId");
        dupIn.put("noId", true);
        dupIn.put("newHousehold", true);
        dupIn.put("comorbidities", java.util.List.of("HYPERTENSION"));
        long duplicate = create(u, dupIn);
        Long household = jdbc.sql("select household_id from people_person where id = :id").param("id", duplicate)
                .query(Long.class).single();
        assertThat(household).isNotNull();

        mvc.perform(post("/api/v1/people/{id}/merge", survivor).with(as(u)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"duplicateId\":" + duplicate + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone").value(dupIn.get("phone")))
                .andExpect(jsonPath("$.birthDate").value("1958-04-03"))
                .andExpect(jsonPath("$.householdId").value(household.intValue()))
                .andExpect(jsonPath("$.comorbidities[0]").value("HYPERTENSION"))
                .andExpect(jsonPath("$.citizenId").value(survivorIn.get("citizenId")));

        assertThat(events.stream(PersonsMerged.class)).containsExactly(new PersonsMerged(survivor, duplicate));
        assertThat(jdbc.sql("select merged_into from people_person where id = :id").param("id", duplicate)
                .query(Long.class).single()).isEqualTo(survivor);
        assertThat(auditCount("MERGE", survivor)).isEqualTo(1);
        String audit = jdbc.sql("select before::text || after::text from access_audit where action = 'MERGE' and entity_id = :id")
                .param("id", String.valueOf(survivor)).query(String.class).single();
        assertThat(audit).contains("\"duplicate\"", "\"survivor\"", "03/04/1958");

        mvc.perform(get("/api/v1/people").param("q", "duong van luc 1958").with(as(u)))
                .andExpect(content().string(not(containsString("\"id\":" + duplicate + ","))));
        mvc.perform(get("/people/{id}", duplicate).with(as(u)))
                .andExpect(redirectedUrl("/people/" + survivor + "?mergedFrom=" + duplicate));
        mvc.perform(get("/api/v1/people/{id}", duplicate).with(as(u)))
                .andExpect(status().isMovedPermanently())
                .andExpect(header().string("Location", "/api/v1/people/" + survivor));
        mvc.perform(get("/api/v1/people/households/{id}", household).with(as(u)))
                .andExpect(jsonPath("$.members.length()").value(1))
                .andExpect(jsonPath("$.members[0].id").value((int) survivor));
    }

    @Test
    void a_person_cannot_be_merged_into_itself_or_twice() throws Exception {
        String u = user("merge.twice", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        long a = create(u, person("Lý Văn Sơn", "1977", "M", BAI_CHAY));
        long b = create(u, person("Lý Văn Sơn", "1977", "M", BAI_CHAY));
        mvc.perform(post("/api/v1/people/{id}/merge", a).with(as(u)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"duplicateId\":" + a + "}")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("duplicateId"));
        mvc.perform(post("/api/v1/people/{id}/merge", a).with(as(u)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"duplicateId\":" + b + "}")).andExpect(status().isOk());
        mvc.perform(post("/api/v1/people/{id}/merge", a).with(as(u)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"duplicateId\":" + b + "}")).andExpect(status().isNotFound());
        assertThat(auditCount("MERGE", a)).isEqualTo(1);
    }
}
