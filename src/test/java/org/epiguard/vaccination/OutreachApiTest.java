package org.epiguard.vaccination;

import com.jayway.jsonpath.JsonPath;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The outreach list as JSON: the same people as the page, inside the caller's view scope only. */
class OutreachApiTest extends OutreachTestSupport {

    String list(String user, int expect, String... params) throws Exception {
        var request = get("/api/v1/vaccination/outreach").with(as(user));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().is(expect)).andReturn().getResponse().getContentAsString();
    }

    static List<Long> ids(String json) {
        List<Number> found = JsonPath.read(json, "$.rows[*].personId");
        return found.stream().map(Number::longValue).toList();
    }

    @Test
    void a_commune_gets_its_not_fully_vaccinated_with_reasons_and_others_get_nothing() throws Exception {
        long village = village(BAI_CHAY, unique("Khu API"));
        long unvaccinated = person(unique("Mai Thị Chưa Tiêm"), BAI_CHAY, village, 1980);
        long partial = person(unique("Mai Thị Một Mũi"), BAI_CHAY, village, 1981);
        dose(partial, 1, "ASTRAZENECA", "2021-10-01");
        long full = person(unique("Mai Thị Đủ Mũi"), BAI_CHAY, village, 1982);
        dose(full, 1, "PFIZER", "2021-10-01");
        dose(full, 2, "PFIZER", "2021-10-29");
        long child = person(unique("Mai Thị Nhỏ"), BAI_CHAY, village, 2015);
        String baiChay = user("outreach.api.baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));

        String json = list(baiChay, 200, "village", Long.toString(village), "date", ON.toString());
        assertThat(ids(json)).containsExactlyInAnyOrder(unvaccinated, partial);
        assertThat(JsonPath.<String>read(json, "$.communeCode")).isEqualTo(BAI_CHAY);
        assertThat(JsonPath.<List<Object>>read(json, "$.rows[?(@.personId == " + partial + ")].doses")).containsExactly(1);
        assertThat(ids(list(baiChay, 200, "village", Long.toString(village), "date", ON.toString(), "status", "PARTIAL")))
                .containsExactly(partial);
        assertThat(ids(json)).doesNotContain(full, child);
        list(baiChay, 400, "village", Long.toString(village), "status", "SOMETIMES");

        String kaLong = user("outreach.api.kalong", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", KA_LONG));
        String mongCai = user("outreach.api.mongcai", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "194"));
        String enterprise = user("outreach.api.enterprise", Role.ENTERPRISE, Scope.of("UNIT",
                Long.toString(new WorkerTestData(jdbc).enterprise("Công ty API", BAI_CHAY, "193"))));
        list(kaLong, 404, "commune", BAI_CHAY);
        list(mongCai, 404, "commune", BAI_CHAY, "village", Long.toString(village));
        list(enterprise, 403, "commune", BAI_CHAY);
        // Ka Long's own list (its commune by default) holds none of Bãi Cháy's people
        assertThat(ids(list(kaLong, 200, "size", "200", "date", ON.toString()))).doesNotContain(unvaccinated, partial);
        // the district of Hạ Long sees Bãi Cháy's list
        String haLong = user("outreach.api.halong", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "193"));
        assertThat(ids(list(haLong, 200, "commune", BAI_CHAY, "village", Long.toString(village), "date", ON.toString())))
                .containsExactlyInAnyOrder(unvaccinated, partial);
    }
}
