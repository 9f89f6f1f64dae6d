package org.epiguard.geo;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AdminUnitBrowserTest extends IntegrationTest {

    @Test
    void a_commune_user_sees_their_commune_and_nothing_above_or_beside_it() throws Exception {
        String commune = user("browse-baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
        mvc.perform(get("/api/v1/geo/units").with(as(commune))).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].code").value("06673"))
                .andExpect(jsonPath("$[0].population.unitCode").value("06673"));
        mvc.perform(get("/api/v1/geo/units").param("parent", "193").with(as(commune))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/geo/units").param("parent", "22").with(as(commune))).andExpect(status().isNotFound());
        mvc.perform(get("/geo/units/06709").with(as(commune))).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Ka Long"))));
        mvc.perform(get("/geo").with(as(commune))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Bãi Cháy")))
                .andExpect(content().string(not(containsString("Phường Hà Khánh"))));
    }

    @Test
    void a_district_user_browses_the_communes_of_their_district_only() throws Exception {
        String district = user("browse-halong", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "193"));
        mvc.perform(get("/api/v1/geo/units").with(as(district)))
                .andExpect(jsonPath("$[0].code").value("193"))
                .andExpect(jsonPath("$[0].level").value("DISTRICT"));
        mvc.perform(get("/api/v1/geo/units").param("parent", "193").with(as(district))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].level", everyItem(is("COMMUNE"))))
                .andExpect(jsonPath("$[?(@.code == '06673')].name").value(org.hamcrest.Matchers.hasItem("Bãi Cháy")));
        mvc.perform(get("/api/v1/geo/units").param("parent", "194").with(as(district))).andExpect(status().isNotFound());
        mvc.perform(get("/geo/units/193").with(as(district))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phường Bãi Cháy")));
    }

    @Test
    void the_provincial_committee_browses_its_thirteen_districts_with_counts() throws Exception {
        String province = user("browse-quangninh", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "22"));
        mvc.perform(get("/api/v1/geo/units").param("parent", "22").with(as(province))).andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(13)))
                .andExpect(jsonPath("$[?(@.code == '193')].children").value(org.hamcrest.Matchers.hasItem(33)))
                .andExpect(jsonPath("$[0].villages").isNumber())
                .andExpect(jsonPath("$[0].orgUnits").isNumber());
        mvc.perform(get("/api/v1/geo/units").param("parent", "01").with(as(province))).andExpect(status().isNotFound());
        mvc.perform(get("/").with(as(province))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dân số địa bàn")));
    }
}
