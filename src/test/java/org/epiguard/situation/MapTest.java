package org.epiguard.situation;

import com.jayway.jsonpath.JsonPath;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The level map of Hậu Giang (province 93, where the demo puts nobody): parts coloured by their stored
 * level in force, drawn from their imported boundary or as schematic tiles, and the containment zones
 * in force counted per part, each reader seeing only the zones of their own area.
 */
class MapTest extends IntegrationTest {

    static final String PROVINCE = "93";

    SituationTestData data;
    String admin;
    String committee;

    @BeforeEach
    void setUp() {
        data = new SituationTestData(jdbc, PROVINCE);
        admin = user("map.admin", Role.SYSTEM_ADMIN, Scope.of("PROVINCE", PROVINCE));
        committee = user("map.committee", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", PROVINCE));
    }

    String json(String user, String path) throws Exception {
        return mvc.perform(get(path).with(as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The properties of the map's feature for a unit. */
    Map<String, Object> part(String map, String code) {
        List<Map<String, Object>> found = JsonPath.read(map, "$.map.features[?(@.properties.code == '" + code + "')].properties");
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    Object geometry(String map, String code) {
        List<Object> found = JsonPath.read(map, "$.map.features[?(@.properties.code == '" + code + "')].geometry");
        return found.getFirst();
    }

    @Test
    void parts_are_coloured_by_their_stored_level_in_force_and_those_without_a_boundary_are_schematic_tiles()
            throws Exception {
        List<String> d = data.district(0);
        String district = d.get(0), high = d.get(1), low = d.get(2), unknown = d.get(3);
        data.population(high, 100_000, 0, 0);
        data.cases(high, 60, "2021-12-12T09:00:00", false, false);
        data.population(low, 100_000, 0, 0);
        // the levels page assesses the province on the date and the two days before; the map never does
        String levels = json(committee, "/api/v1/situation/levels/" + PROVINCE + "?date=15/12/2021");
        assertThat((List<Object>) JsonPath.read(levels, "$.parts")).isNotEmpty();
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[105.5,9.6],[105.9,9.6],[105.9,10.0],[105.5,10.0],[105.5,9.6]]]}";
        mvc.perform(multipart("/api/v1/geo/boundaries").file(new MockMultipartFile("file", "hau-giang.geojson",
                "application/geo+json", ("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                        + "{\"code\":\"" + district + "\"},\"geometry\":" + square + "}]}").getBytes(StandardCharsets.UTF_8)))
                .with(as(admin))).andExpect(status().isOk());

        String province = json(committee, "/api/v1/situation/map/" + PROVINCE + "?date=15/12/2021");
        List<String> districts = jdbc.sql("select code from geo_admin_unit where parent_code = :p order by code")
                .param("p", PROVINCE).query(String.class).list();
        assertThat((List<String>) JsonPath.read(province, "$.map.features[*].properties.code")).isEqualTo(districts);
        assertThat((Integer) JsonPath.read(province, "$.boundaries")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(province, "$.tiles")).isEqualTo(districts.size() - 1);
        assertThat((Boolean) JsonPath.read(province, "$.assessed")).isTrue();
        assertThat(part(province, district).get("schematic")).isEqualTo(false);
        assertThat(part(province, district).get("level"))
                .isNotNull().isEqualTo(JsonPath.read(json(committee, "/api/v1/situation/levels/" + district + "?date=15/12/2021"), "$.levelInForce"));
        assertThat(geometry(province, district).toString()).contains("105.5", "9.6", "105.9", "10.0");
        assertThat(part(province, district).get("href")).isEqualTo("/situation/map?unit=" + district + "&date=15/12/2021");
        for (String other : districts.subList(1, districts.size())) {
            assertThat(part(province, other).get("schematic")).isEqualTo(true);
            List<List<List<Double>>> rings = JsonPath.read(province, "$.map.features[?(@.properties.code == '" + other
                    + "')].geometry.coordinates[0]");
            List<List<Double>> ring = rings.getFirst();
            assertThat(ring).hasSize(5);
            assertThat(ring).allSatisfy(p -> assertThat(p.getFirst()).isGreaterThan(105.9));
        }

        String communes = json(committee, "/api/v1/situation/map/" + district + "?date=15/12/2021");
        assertThat((Integer) JsonPath.read(communes, "$.tiles")).isEqualTo(d.size() - 1);
        assertThat((Integer) JsonPath.read(communes, "$.boundaries")).isZero();
        assertThat(part(communes, high).get("level")).isNotNull().isEqualTo(
                JsonPath.read(json(committee, "/api/v1/situation/levels/" + high + "?date=15/12/2021"), "$.levelInForce"));
        assertThat(part(communes, high).get("casesPer100k")).isEqualTo(60.0);
        assertThat(part(communes, high).get("newCases")).isEqualTo(60);
        assertThat(part(communes, low).get("level")).isNotNull().isNotEqualTo(part(communes, high).get("level"));
        assertThat(part(communes, unknown).get("level")).isNull();
        assertThat(part(communes, high).get("href")).isEqualTo("/situation/levels?unit=" + high + "&date=15/12/2021");
        assertThat(json(committee, "/api/v1/situation/map/" + district + "?date=15/12/2021"))
                .as("the schematic layout is the same every time").isEqualTo(communes);
        String selected = json(committee, "/api/v1/situation/map/" + high + "?date=2021-12-15");
        assertThat((String) JsonPath.read(selected, "$.unitCode")).isEqualTo(district);
        assertThat((String) JsonPath.read(selected, "$.selected")).isEqualTo(high);

        String before = json(committee, "/api/v1/situation/map/" + PROVINCE + "?date=01/01/2020");
        assertThat((Boolean) JsonPath.read(before, "$.assessed")).isFalse();
        assertThat((List<Object>) JsonPath.read(before, "$.map.features[*].properties.level")).containsOnlyNulls();
        assertThat(jdbc.sql("select count(*) from situation_assessment where province_code = :p and on_date = date '2020-01-01'")
                .param("p", PROVINCE).query(Long.class).single()).as("the map recomputes nothing").isZero();

        mvc.perform(get("/api/v1/situation/map/" + PROVINCE).param("date", "15-12-2021").with(as(committee)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("date"));
        mvc.perform(get("/api/v1/situation/map/99999").with(as(committee))).andExpect(status().isNotFound());
        mvc.perform(get("/situation/map").param("unit", PROVINCE).with(as(committee))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/situation/map/" + PROVINCE + "?date=")))
                .andExpect(content().string(containsString("data-test=\"legend\"")));
    }

    long zone(String commune, String status, int activatedDaysAgo, Integer liftedDaysAgo) {
        return jdbc.sql("""
                        insert into cases_zone (kind, status, description, starts_on, planned_end, activated_at, lifted_at,
                                                province_code, district_code, commune_code)
                        select 'VILLAGE', :s, 'Ấp bản đồ ' || :c, current_date - :a, current_date + 14,
                               case when :s = 'PROPOSED' then null else now() - make_interval(days => :a) end,
                               case when :l::int is null then null else now() - make_interval(days => :l::int) end,
                               province_code, district_code, code
                          from geo_admin_unit where code = :c returning id""")
                .param("s", status).param("c", commune).param("a", activatedDaysAgo).param("l", liftedDaysAgo)
                .query(Long.class).single();
    }

    @Test
    void zones_in_force_are_counted_per_part_and_each_reader_sees_only_those_of_their_area() throws Exception {
        List<String> d1 = data.district(1), d2 = data.district(2);
        long a = zone(d1.get(1), "ACTIVE", 1, null);
        long b = zone(d1.get(1), "ACTIVE", 1, null);
        long c = zone(d1.get(2), "ACTIVE", 1, null);
        long lifted = zone(d1.get(1), "LIFTED", 5, 1);
        long proposed = zone(d1.get(1), "PROPOSED", 0, null);
        long other = zone(d2.get(1), "ACTIVE", 1, null);

        String province = json(committee, "/api/v1/situation/map/" + PROVINCE);
        assertThat(part(province, d1.get(0)).get("zones")).isEqualTo(3);
        assertThat(part(province, d2.get(0)).get("zones")).isEqualTo(1);
        assertThat((Integer) JsonPath.read(province, "$.zones.total")).isEqualTo(4);
        assertThat((List<Integer>) JsonPath.read(province, "$.zones.list[*].id"))
                .containsExactlyInAnyOrder((int) a, (int) b, (int) c, (int) other);
        assertThat((List<String>) JsonPath.read(province, "$.zones.list[?(@.id == " + a + ")].href"))
                .containsExactly("/cases/zones#zone-" + a);
        assertThat((List<String>) JsonPath.read(province, "$.zones.list[?(@.id == " + a + ")].kindLabel"))
                .containsExactly("Thôn, khu");
        String district = json(committee, "/api/v1/situation/map/" + d1.get(0));
        assertThat(part(district, d1.get(1)).get("zones")).isEqualTo(2);
        assertThat(part(district, d1.get(2)).get("zones")).isEqualTo(1);
        assertThat(part(district, d1.get(3)).get("zones")).isEqualTo(0);

        String threeDaysAgo = LocalDate.now(SituationTestData.VN).minusDays(3).toString();
        String past = json(committee, "/api/v1/situation/map/" + PROVINCE + "?date=" + threeDaysAgo);
        assertThat((List<Integer>) JsonPath.read(past, "$.zones.list[*].id")).containsExactly((int) lifted);
        assertThat((List<Integer>) JsonPath.read(province, "$.zones.list[*].id")).doesNotContain((int) lifted, (int) proposed);

        String otherDistrict = user("map.district2", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", d2.get(0)));
        String seen = json(otherDistrict, "/api/v1/situation/map/" + PROVINCE);
        assertThat((Integer) JsonPath.read(seen, "$.zones.total")).isEqualTo(1);
        assertThat((List<Integer>) JsonPath.read(seen, "$.zones.list[*].id")).containsExactly((int) other);
        assertThat(part(seen, d1.get(0)).get("zones")).isEqualTo(0);
        assertThat(seen).doesNotContain("Ấp bản đồ " + d1.get(1));
        String elsewhere = json(otherDistrict, "/api/v1/situation/map/" + d1.get(0));
        assertThat((Integer) JsonPath.read(elsewhere, "$.zones.total")).isZero();
        assertThat((List<Object>) JsonPath.read(elsewhere, "$.zones.list")).isEmpty();
        assertThat((List<Object>) JsonPath.read(elsewhere, "$.map.features")).hasSize(d1.size() - 1);

        String station = user("map.commune", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", d1.get(2)));
        assertThat((List<Integer>) JsonPath.read(json(station, "/api/v1/situation/map/" + d1.get(0)), "$.zones.list[*].id"))
                .containsExactly((int) c);
        mvc.perform(get("/cases/zones").with(as(committee))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"zone-" + a + "\"")));
    }
}
