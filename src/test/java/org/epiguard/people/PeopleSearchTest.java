package org.epiguard.people;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PeopleSearchTest extends PeopleTestSupport {

    @Autowired
    PeopleDirectory directory;

    @Test
    void nguyen_van_an_without_diacritics_finds_Nguyen_Van_An() throws Exception {
        String u = user("search.baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        long id = create(u, person("Nguyễn Văn An", "1937", "M", BAI_CHAY));
        mvc.perform(get("/api/v1/people").param("q", "nguyen van an 1937").param("limit", "100").with(as(u)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(hasItem((int) id)))
                .andExpect(jsonPath("$[0].fullName").value("Nguyễn Văn An"));
    }

    @Test
    void exact_names_rank_before_longer_names_and_words_may_be_partial() throws Exception {
        String u = user("search.rank", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", HA_KHANH));
        long longer = create(u, person("Đỗ Thị Ngọc Huyền Trâm Anh", "1990", "F", HA_KHANH));
        long exact = create(u, person("Đỗ Thị Ngọc Huyền Trâm", "1991", "F", HA_KHANH));
        mvc.perform(get("/api/v1/people").param("q", "do thi ngoc huyen tram").with(as(u)))
                .andExpect(jsonPath("$[0].id").value((int) exact))
                .andExpect(jsonPath("$[1].id").value((int) longer));
        mvc.perform(get("/api/v1/people").param("q", "DO NGOC HUYEN").with(as(u)))
                .andExpect(jsonPath("$[*].id").value(hasItem((int) exact)));
    }

    @Test
    void a_phone_number_in_plus_84_form_finds_the_person() throws Exception {
        String u = user("search.phone", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        Map<String, Object> p = person("Trần Thị Mai", "1980", "F", BAI_CHAY);
        p.put("phone", "0987.65-4321");
        long id = create(u, p);
        mvc.perform(get("/api/v1/people").param("q", "+84 987 654 321").with(as(u)))
                .andExpect(jsonPath("$[*].id").value(hasItem((int) id)))
                .andExpect(jsonPath("$[0].phone").value("0987654321"));
    }

    @Test
    void citizen_ID_and_passport_find_their_person() throws Exception {
        String u = user("search.ids", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        Map<String, Object> vn = person("Lê Văn Hùng", "1975", "M", BAI_CHAY);
        long vnId = create(u, vn);
        Map<String, Object> foreigner = person("Zhang Wei", "1988", "M", BAI_CHAY);
        foreigner.remove("citizenId");
        foreigner.put("nationality", "CN");
        String passport = "E" + (10_000_000 + vnId % 10_000_000);
        foreigner.put("passportNo", passport);
        long cnId = create(u, foreigner);
        mvc.perform(get("/api/v1/people").param("q", vn.get("citizenId").toString()).with(as(u)))
                .andExpect(jsonPath("$.length()").value(1)).andExpect(jsonPath("$[0].id").value((int) vnId));
        mvc.perform(get("/api/v1/people").param("q", passport.toLowerCase()).with(as(u)))
                .andExpect(jsonPath("$[0].id").value((int) cnId));
    }

    @Test
    void a_commune_user_does_not_find_people_of_another_commune() throws Exception {
        String inside = user("search.kalong", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", KA_LONG));
        String outside = user("search.other", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        Map<String, Object> p = person("Phạm Văn Quý", "1966", "M", KA_LONG);
        long id = create(inside, p);
        for (String q : new String[]{"pham van quy 1966", p.get("citizenId").toString(), p.get("phone").toString()}) {
            mvc.perform(get("/api/v1/people").param("q", q).with(as(outside)))
                    .andExpect(status().isOk()).andExpect(jsonPath("$[*].id").value(not(hasItem((int) id))));
            mvc.perform(get("/api/v1/people").param("q", q).with(as(inside)))
                    .andExpect(jsonPath("$[*].id").value(hasItem((int) id)));
        }
    }

    @Test
    void count_in_scope_counts_the_scope_only() throws Exception {
        String u = user("search.count", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06652"));
        long before = directory.countInScope(Scope.of("COMMUNE", "06652"));
        long province = directory.countInScope(Scope.of("PROVINCE", "22"));
        create(u, person("Vũ Thị Lan", "1999", "F", "06652"));
        assertThat(directory.countInScope(Scope.of("COMMUNE", "06652"))).isEqualTo(before + 1);
        assertThat(directory.countInScope(Scope.of("PROVINCE", "22"))).isGreaterThanOrEqualTo(province + 1);
        assertThat(directory.countInScope(Scope.of("PROVINCE", "01"))).isZero();
    }
}
