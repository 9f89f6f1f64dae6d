package org.epiguard.people;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class PeoplePagesTest extends PeopleTestSupport {

    static List<String> cells(byte[] xlsx) throws Exception {
        List<String> values = new ArrayList<>();
        try (var wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : wb.getSheetAt(0)) {
                for (Cell cell : row) {
                    values.add(cell.toString());
                }
            }
        }
        return values;
    }

    @Test
    void a_person_created_in_the_form_has_its_page_and_an_audit_record() throws Exception {
        String u = user("pages.create", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        String id = cccd(1979, "F");
        String location = mvc.perform(post("/people/new").with(as(u)).param("fullName", "  Phan   Thị Thủy ")
                        .param("birth", "21/06/1979").param("sex", "F").param("citizenId", id)
                        .param("phone", "+84 358 123 456").param("communeCode", BAI_CHAY).param("occupation", "MARKET_TRADER")
                        .param("comorbidities", "DIABETES").param("pregnant", "true"))
                .andExpect(redirectedUrlPattern("/people/*?created")).andReturn().getResponse().getRedirectedUrl();
        long personId = Long.parseLong(location.replaceAll("\\D", ""));
        mvc.perform(get("/people/{id}", personId).with(as(u))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Phan Thị Thủy")))
                .andExpect(content().string(containsString("21/06/1979")))
                .andExpect(content().string(containsString("0358123456")))
                .andExpect(content().string(containsString("Tiểu thương chợ")))
                .andExpect(content().string(containsString("Đái tháo đường")));
        assertThat(auditCount("CREATE", personId)).isEqualTo(1);
    }

    @Test
    void the_form_names_each_bad_field_and_writes_nothing() throws Exception {
        String u = user("pages.bad", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        mvc.perform(post("/people/new").with(as(u)).param("fullName", "Sai Số Liệu").param("birth", "31/02/1990")
                        .param("sex", "M").param("citizenId", "12345").param("phone", "0123").param("communeCode", BAI_CHAY)
                        .param("pregnant", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày sinh phải theo dạng dd/MM/yyyy")))
                .andExpect(content().string(containsString("CCCD phải có 12 chữ số")))
                .andExpect(content().string(containsString("Số điện thoại phải có 10 chữ số")))
                .andExpect(content().string(containsString("Chỉ người có giới tính nữ")));
        assertThat(peopleNamed("Sai Số Liệu")).isZero();
    }

    @Test
    void the_API_names_each_bad_field_in_the_requested_language() throws Exception {
        String u = user("pages.api.bad", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        Map<String, Object> p = person("Sai Dữ Liệu", "1990", "M", BAI_CHAY);
        p.put("phone", "0412345678");
        p.put("villageId", 999999999);
        mvc.perform(post("/api/v1/people").param("lang", "en").with(as(u)).contentType(MediaType.APPLICATION_JSON).content(body(p)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("phone"))
                .andExpect(jsonPath("$.errors[0].message").value(startsWith("Unknown prefix")));
        p.put("phone", null);
        mvc.perform(post("/api/v1/people").with(as(u)).contentType(MediaType.APPLICATION_JSON).content(body(p)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("villageId"));
        p.remove("villageId");
        p.put("communeCode", "99999");
        mvc.perform(post("/api/v1/people").with(as(u)).contentType(MediaType.APPLICATION_JSON).content(body(p)))
                .andExpect(jsonPath("$.errors[0].field").value("communeCode"));
        assertThat(peopleNamed("Sai Dữ Liệu")).isZero();
    }

    @Test
    void an_update_is_audited_with_before_and_after() throws Exception {
        String u = user("pages.update", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        Map<String, Object> p = person("Đinh Văn Tú", "1988", "M", BAI_CHAY);
        long id = create(u, p);
        p.put("occupation", "FISHERMAN");
        mvc.perform(put("/api/v1/people/{id}", id).with(as(u)).contentType(MediaType.APPLICATION_JSON).content(body(p)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.occupation").value("FISHERMAN"));
        String change = jdbc.sql("select before->>'occupation' || '>' || (after->>'occupation') from access_audit where action = 'UPDATE' and entity_id = :id")
                .param("id", Long.toString(id)).query(String.class).single();
        assertThat(change).isEqualTo("OTHER>FISHERMAN");
    }

    @Test
    void the_list_filters_sorts_and_exports_within_the_scope_and_the_export_is_audited() throws Exception {
        String u = user("pages.list", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06655"));
        Map<String, Object> fisher = person("Tô Văn Biển", "1970", "M", "06655");
        fisher.put("occupation", "FISHERMAN");
        create(u, fisher);
        create(u, person("Tô Thị Sóng", "2001", "F", "06655"));
        mvc.perform(get("/people").param("occupation", "FISHERMAN").param("sort", "birth").param("dir", "desc")
                        .param("sort", "name; drop table people_person").with(as(u)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tô Văn Biển")))
                .andExpect(content().string(not(containsString("Tô Thị Sóng"))));
        mvc.perform(get("/people").param("ageFrom", "18").param("ageTo", "30").param("sex", "F").with(as(u))
                        .header("HX-Request", "true"))
                .andExpect(content().string(containsString("Tô Thị Sóng")))
                .andExpect(content().string(not(containsString("<html"))));
        long exportsBefore = jdbc.sql("select count(*) from access_audit where action = 'EXPORT' and username = :u")
                .param("u", u).query(Long.class).single();
        byte[] xlsx = mvc.perform(get("/people/export").param("q", "to van bien").with(as(u)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(cells(xlsx)).contains("Tô Văn Biển", "FISHERMAN").doesNotContain("Tô Thị Sóng");
        String audit = jdbc.sql("select after::text from access_audit where action = 'EXPORT' and username = :u order by id desc limit 1")
                .param("u", u).query(String.class).single();
        assertThat(audit).contains("\"rows\": 1", "to van bien");
        assertThat(jdbc.sql("select count(*) from access_audit where action = 'EXPORT' and username = :u")
                .param("u", u).query(Long.class).single()).isEqualTo(exportsBefore + 1);
    }

    @Test
    void the_home_page_shows_people_in_scope_and_the_navigation_entry() throws Exception {
        String u = user("pages.home", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", BAI_CHAY));
        mvc.perform(get("/").with(as(u))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Người trong phạm vi")))
                .andExpect(content().string(containsString("href=\"/people\"")));
        mvc.perform(get("/people/new").with(as(u))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Bãi Cháy")));
    }
}
