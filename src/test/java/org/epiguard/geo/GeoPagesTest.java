package org.epiguard.geo;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The geo pages render in both languages and the navigation offers them by role. */
class GeoPagesTest extends IntegrationTest {

    @Test
    void a_national_administrator_browses_all_63_provinces_and_the_effective_population_of_all_communes_is_one_query()
            throws Exception {
        String admin = user("geo-admin-nation", Role.SYSTEM_ADMIN, Scope.of("NATION", "VN"));
        mvc.perform(get("/api/v1/geo/units").with(as(admin)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(63));
        mvc.perform(get("/geo/units").param("lang", "en").with(as(admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Administrative units")))
                .andExpect(content().string(containsString("Tỉnh Quảng Ninh")))
                .andExpect(content().string(containsString("Import population")));
        long start = System.nanoTime();
        long rows = jdbc.sql("select count(*) from geo_population_effective").query(Long.class).single();
        System.out.printf("geo_population_effective: %d units in %d ms%n", rows, (System.nanoTime() - start) / 1_000_000);
        assertThat(rows).isEqualTo(63 + 705 + 10_599);
    }

    @Test
    void the_edit_and_import_pages_render_for_the_users_who_use_them() throws Exception {
        String station = user("geo-pages-station", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06922"));
        long village = jdbc.sql("""
                insert into geo_village (province_code, district_code, commune_code, village_type, name)
                values ('22', '201', '06922', 'KHU', :n) returning id""")
                .param("n", "Trang " + System.nanoTime()).query(Long.class).single();
        mvc.perform(get("/geo/villages/" + village + "/edit").with(as(station))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Khu Trang")));
        long unit = jdbc.sql("""
                insert into geo_org_unit (unit_type, name, province_code, district_code, commune_code, village_id)
                values ('INDUSTRIAL_ZONE', 'KCN Texhong Hải Hà', '22', '201', '06922', :v) returning id""")
                .param("v", village).query(Long.class).single();
        mvc.perform(get("/geo/org-units/" + unit + "/edit").with(as(station))).andExpect(status().isOk())
                .andExpect(content().string(containsString("KCN Texhong Hải Hà")))
                .andExpect(content().string(containsString("selected")));
        mvc.perform(get("/geo/org-units/village-options").param("commune", "06922").with(as(station)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Khu Trang")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/geo/org-units/village-options").param("commune", "06673").with(as(station)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("Khu "))));
        mvc.perform(get("/geo/population/import").with(as(station))).andExpect(status().isForbidden());
        mvc.perform(get("/geo/units").with(as(station))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Thôn, khu")))
                .andExpect(content().string(not(containsString("Nhập dân số"))));

        String committee = user("geo-pages-committee", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "22"));
        mvc.perform(get("/geo/population/import").with(as(committee))).andExpect(status().isOk())
                .andExpect(content().string(containsString("tổng 6 nhóm tuổi phải bằng")));
        mvc.perform(get("/geo/villages").with(as(committee))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Thị trấn Quảng Hà")));
        mvc.perform(get("/geo/org-units").param("district", "201").with(as(committee))).andExpect(status().isOk())
                .andExpect(content().string(containsString("KCN Texhong Hải Hà")));
    }
}
