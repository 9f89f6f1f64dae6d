package org.epiguard.isolation;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.springframework.http.MediaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** People, units, users and HTTP helpers of the isolation tests (Quảng Ninh: Bãi Cháy 06673 in Hạ Long 193, Ka Long 06709 in Móng Cái 194). */
abstract class IsolationTestSupport extends IntegrationTest {

    static final String API = "/api/v1/isolation";
    static final ObjectMapper JSON = new ObjectMapper();

    long person(String name, String commune, String district, int birthYear) {
        return jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code, no_id)
                        values (:n, :y, 'M', '22', :d, :c, true) returning id""")
                .param("n", name).param("y", birthYear).param("c", commune).param("d", district).query(Long.class).single();
    }

    long baiChayPerson(String name) {
        return person(name, "06673", "193", 1980);
    }

    void fullyVaccinated(long person) {
        for (String[] d : new String[][] {{"1", "2021-08-01"}, {"2", "2021-09-01"}}) {
            jdbc.sql("""
                            insert into vacc_dose (person_id, product_code, dose_date, dose_number, province_code, district_code,
                                                   commune_code, source)
                            select :p, 'PFIZER', cast(:d as date), :n, province_code, district_code, commune_code, 'MANUAL'
                              from people_person where id = :p""")
                    .param("p", person).param("d", d[1]).param("n", Integer.parseInt(d[0])).update();
        }
    }

    long unit(String type, String name, String commune, String district, Integer capacity) {
        return jdbc.sql("""
                        insert into geo_org_unit (unit_type, name, capacity, province_code, district_code, commune_code)
                        values (:t, :n, :cap, '22', :d, :c) returning id""")
                .param("t", type).param("n", name).param("cap", capacity).param("d", district).param("c", commune)
                .query(Long.class).single();
    }

    long confirmedCase(long person) {
        return jdbc.sql("""
                        insert into cases_case (person_id, status, origin, confirmed_at, province_code, district_code, commune_code)
                        select id, 'CONFIRMED', 'PCR', now(), province_code, district_code, commune_code
                          from people_person where id = :p returning id""")
                .param("p", person).query(Long.class).single();
    }

    String baiChay() {
        return user("iso.tyt.baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
    }

    String baiChayTeam() {
        return user("iso.tocovid.baichay", Role.COMMUNITY_TEAM, Scope.of("COMMUNE", "06673"));
    }

    String haLong() {
        return user("iso.ttch.halong", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "193"));
    }

    String province() {
        return user("iso.bcd.tinh", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "22"));
    }

    String kaLong() {
        return user("iso.tyt.kalong", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06709"));
    }

    String mongCai() {
        return user("iso.ttch.mongcai", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "194"));
    }

    String admin() {
        return user("iso.admin", Role.SYSTEM_ADMIN, Scope.of("PROVINCE", "22"));
    }

    JsonNode send(String method, String path, String user, String body, int expect) throws Exception {
        var request = switch (method) {
            case "GET" -> get(path);
            case "PUT" -> put(path);
            default -> org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path);
        };
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        String text = mvc.perform(request.with(as(user))).andExpect(status().is(expect)).andReturn().getResponse()
                .getContentAsString();
        return text.isBlank() ? NullNode.getInstance() : JSON.readTree(text);
    }

    JsonNode post(String path, String user, String body, int expect) throws Exception {
        return send("POST", path, user, body, expect);
    }

    JsonNode getJson(String path, String user, int expect) throws Exception {
        return send("GET", path, user, null, expect);
    }

    JsonNode open(String user, long person, String kind, String start, String place, Long unit, int expect) throws Exception {
        return post(API + "/episodes", user, """
                {"personId": %d, "kind": "%s", "startDate": "%s", "place": %s, "placeUnitId": %s}"""
                .formatted(person, kind, start, place == null ? "null" : "\"" + place + "\"", unit), expect);
    }

    JsonNode check(String user, long episode, String date, String extra, int expect) throws Exception {
        return post(API + "/episodes/" + episode + "/checks", user,
                "{\"date\": \"" + date + "\"" + (extra == null ? "" : ", " + extra) + "}", expect);
    }

    JsonNode end(String user, long episode, String how, String body, int expect) throws Exception {
        return post(API + "/episodes/" + episode + "/" + how, user, body, expect);
    }

    /** The fields named by a 400's problems, with their codes ("on:NOT_DUE"). */
    static java.util.List<String> problems(JsonNode body) {
        java.util.List<String> out = new java.util.ArrayList<>();
        body.get("errors").forEach(e -> out.add(e.get("field").asText() + ":" + e.get("code").asText()));
        return out;
    }

    String statusOf(long episode) {
        return jdbc.sql("select status from isolation_episode where id = :id").param("id", episode).query(String.class).single();
    }

    long audits(String entityType, long id) {
        return jdbc.sql("select count(*) from access_audit where entity_type = :t and entity_id = :id")
                .param("t", entityType).param("id", String.valueOf(id)).query(Long.class).single();
    }
}
