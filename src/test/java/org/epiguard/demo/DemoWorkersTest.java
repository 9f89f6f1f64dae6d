package org.epiguard.demo;

import com.jayway.jsonpath.JsonPath;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo's enterprise sees out-of-province workers with 0 or 1 dose on the first start, out of a mix of 0/1/2+. */
class DemoWorkersTest extends IntegrationTest {

    @Test
    void texhong_has_registered_workers_from_other_provinces_and_its_list_shows_those_with_0_or_1_dose() throws Exception {
        String json = mvc.perform(get("/api/v1/vaccination/workers").param("size", "200").with(as("dn.texhong")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<Integer> doses = JsonPath.read(json, "$.rows[*].doses");
        assertThat(doses).isNotEmpty().contains(0, 1).allSatisfy(d -> assertThat(d).isLessThan(2));
        List<String> homes = JsonPath.read(json, "$.rows[*].homeProvinceCode");
        assertThat(homes).doesNotContain("22");
        long texhong = JsonPath.<Number>read(json, "$.enterpriseId").longValue();
        var mix = jdbc.sql("""
                        select count(*) filter (where n >= 2) as more, count(*) filter (where janssen) as janssen,
                               count(*) filter (where w.end_date is not null) as ended
                          from vacc_worker w
                          cross join lateral (select count(*) as n, bool_or(d.product_code = 'JANSSEN') as janssen
                                                from vacc_dose d where d.person_id = w.person_id) d
                         where w.enterprise_id = :e""")
                .param("e", texhong).query().singleRow();
        assertThat((Long) mix.get("more")).isPositive();
        assertThat((Long) mix.get("janssen")).isPositive();
        assertThat((Long) mix.get("ended")).isPositive();
        String page = mvc.perform(get("/vaccination/workers").with(as("dn.texhong"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Texhong");
    }
}
