package org.epiguard.vaccination;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The vaccine catalogue page: read by vaccination users, kept by the administrator, every bad field named. */
class ProductCatalogueTest extends IntegrationTest {

    String admin() {
        return user("products.admin", Role.SYSTEM_ADMIN, Scope.of("PROVINCE", "22"));
    }

    String station() {
        return user("products.tyt.baichay", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
    }

    static String code(String prefix) {
        return prefix + "_" + System.nanoTime() % 1_000_000_000L;
    }

    static Map<String, String> product(String code) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", "Novavax (Nuvaxovid) " + code);
        m.put("manufacturer", "Novavax");
        m.put("primaryDoses", "2");
        m.put("minIntervalDays", "21");
        m.put("active", "true");
        return m;
    }

    static MockHttpServletRequestBuilder form(String path, Map<String, String> fields) {
        var request = post(path);
        fields.forEach(request::param);
        return request;
    }

    /** The error shown beside a field of the form, or null when it has none. */
    static String errorOf(String html, String field) {
        Matcher m = Pattern.compile("data-field=\"" + field + "\"[^>]*>([^<]*)<").matcher(html);
        return m.find() ? HtmlUtils.htmlUnescape(m.group(1)) : null;
    }

    String addAs(String user, Map<String, String> fields, int expect) throws Exception {
        return mvc.perform(form("/vaccination/products", fields).with(as(user)))
                .andExpect(status().is(expect)).andReturn().getResponse().getContentAsString();
    }

    long count(String code) {
        return jdbc.sql("select count(*) from vacc_product where code = :c").param("c", code).query(Long.class).single();
    }

    Map<String, Object> row(String code) {
        return jdbc.sql("select * from vacc_product where code = :c").param("c", code).query().singleRow();
    }

    @Test
    void the_administrator_adds_a_product_that_is_listed_and_audited() throws Exception {
        String code = code("NOVAVAX");
        mvc.perform(form("/vaccination/products", product(code)).with(as(admin())))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/vaccination/products?saved=" + code));
        Map<String, Object> row = row(code);
        assertThat(row.get("name")).isEqualTo("Novavax (Nuvaxovid) " + code);
        assertThat(row.get("primary_doses")).isEqualTo(2);
        assertThat(row.get("min_interval_days")).isEqualTo(21);
        assertThat(row.get("active")).isEqualTo(true);
        assertThat(jdbc.sql("""
                        select count(*) from access_audit where action = 'CREATE' and entity_type = 'vacc_product'
                           and entity_id = :c and username = 'products.admin' and after->>'minIntervalDays' = '21'""")
                .param("c", code).query(Long.class).single()).isEqualTo(1);
        String page = mvc.perform(get("/vaccination/products").with(as(station())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-product=\"" + code + "\"", "data-product=\"PFIZER\"")
                .doesNotContain("data-test=\"add-product\"", "/vaccination/products/PFIZER/edit");
    }

    @Test
    void every_bad_field_is_refused_naming_its_field_and_nothing_is_written() throws Exception {
        record Bad(String field, String value, String expectedField, String message) {
        }
        String code = code("BAD");
        var cases = new Bad[]{
                new Bad("code", "", "code", "Bắt buộc nhập"),
                new Bad("code", "novavax", "code", "không hợp lệ"),
                new Bad("code", "X", "code", "không hợp lệ"),
                new Bad("code", "NOVA-VAX", "code", "không hợp lệ"),
                new Bad("code", "A".repeat(33), "code", "không hợp lệ"),
                new Bad("name", " ", "name", "Bắt buộc nhập"),
                new Bad("name", "N".repeat(121), "name", "Dài quá 120"),
                new Bad("manufacturer", "M".repeat(121), "manufacturer", "Dài quá 120"),
                new Bad("primaryDoses", "0", "primaryDoses", "từ 1 đến 3"),
                new Bad("primaryDoses", "4", "primaryDoses", "từ 1 đến 3"),
                new Bad("primaryDoses", "hai", "primaryDoses", "từ 1 đến 3"),
                new Bad("primaryDoses", "", "primaryDoses", "Bắt buộc nhập"),
                new Bad("minIntervalDays", "366", "minIntervalDays", "từ 0 đến 365"),
                new Bad("minIntervalDays", "-1", "minIntervalDays", "từ 0 đến 365"),
                new Bad("minIntervalDays", "", "minIntervalDays", "Bắt buộc nhập"),
        };
        for (Bad bad : cases) {
            Map<String, String> fields = product(code);
            fields.put(bad.field(), bad.value());
            String html = addAs(admin(), fields, 200);
            assertThat(errorOf(html, bad.expectedField())).as(bad.toString()).contains(bad.message());
            assertThat(html).as("the form keeps what was typed").contains("value=\"Novavax");
        }
        assertThat(count(code)).isZero();
        assertThat(jdbc.sql("select count(*) from access_audit where entity_type = 'vacc_product' and entity_id = :c")
                .param("c", code).query(Long.class).single()).isZero();
    }

    @Test
    void a_code_already_in_the_catalogue_is_refused_on_the_code() throws Exception {
        String code = code("DUP");
        addAs(admin(), product(code), 302);
        Map<String, String> again = product(code);
        again.put("name", "Another name");
        assertThat(errorOf(addAs(admin(), again, 200), "code")).contains("đã có trong danh mục");
        assertThat(errorOf(addAs(admin(), product("PFIZER"), 200), "code")).contains("\"PFIZER\" đã có");
        assertThat(row(code).get("name")).isEqualTo("Novavax (Nuvaxovid) " + code);
        assertThat(row("PFIZER").get("name")).isEqualTo("Pfizer-BioNTech (Comirnaty)");
    }

    @Test
    void the_administrator_edits_everything_but_the_code_with_the_before_and_after_audited() throws Exception {
        String code = code("EDIT");
        addAs(admin(), product(code), 302);
        mvc.perform(get("/vaccination/products/" + code + "/edit").with(as(admin()))).andExpect(status().isOk());
        Map<String, String> edited = product("SOMETHING_ELSE");
        edited.put("name", "Edited " + code);
        edited.put("manufacturer", "");
        edited.put("primaryDoses", "3");
        edited.put("minIntervalDays", "28");
        edited.put("active", "false");
        mvc.perform(form("/vaccination/products/" + code + "/edit", edited).with(as(admin())))
                .andExpect(status().is3xxRedirection());
        Map<String, Object> row = row(code);
        assertThat(row.get("name")).isEqualTo("Edited " + code);
        assertThat(row.get("manufacturer")).isNull();
        assertThat(row.get("primary_doses")).isEqualTo(3);
        assertThat(row.get("min_interval_days")).isEqualTo(28);
        assertThat(row.get("active")).isEqualTo(false);
        assertThat(count("SOMETHING_ELSE")).isZero();
        assertThat(jdbc.sql("""
                        select count(*) from access_audit where action = 'UPDATE' and entity_type = 'vacc_product'
                           and entity_id = :c and before->>'primaryDoses' = '2' and after->>'primaryDoses' = '3'
                           and after->>'active' = 'false'""")
                .param("c", code).query(Long.class).single()).isEqualTo(1);

        Map<String, String> bad = product(code);
        bad.put("minIntervalDays", "400");
        String html = mvc.perform(form("/vaccination/products/" + code + "/edit", bad).with(as(admin())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errorOf(html, "minIntervalDays")).contains("từ 0 đến 365");
        assertThat(row(code).get("min_interval_days")).isEqualTo(28);
        mvc.perform(get("/vaccination/products/NO_SUCH_PRODUCT/edit").with(as(admin()))).andExpect(status().isNotFound());
    }

    @Test
    void only_the_administrator_writes_and_only_vaccination_users_read() throws Exception {
        String code = code("NOPE");
        addAs(station(), product(code), 403);
        String district = user("products.ttch", Role.DISTRICT_COMMAND, Scope.of("DISTRICT", "193"));
        addAs(district, product(code), 403);
        assertThat(count(code)).isZero();
        mvc.perform(get("/vaccination/products/PFIZER/edit").with(as(station()))).andExpect(status().isForbidden());
        Map<String, String> edit = product("PFIZER");
        edit.put("name", "Hijacked");
        edit.put("active", "false");
        mvc.perform(form("/vaccination/products/PFIZER/edit", edit).with(as(district))).andExpect(status().isForbidden());
        assertThat(row("PFIZER").get("name")).isEqualTo("Pfizer-BioNTech (Comirnaty)");
        assertThat(row("PFIZER").get("active")).isEqualTo(true);
        assertThat(jdbc.sql("select count(*) from access_audit where entity_type = 'vacc_product' and entity_id in (:c, 'PFIZER')")
                .param("c", code).query(Long.class).single()).isZero();

        mvc.perform(get("/vaccination/products").with(as(district))).andExpect(status().isOk());
        String school = user("products.school", Role.SCHOOL, Scope.of("COMMUNE", "06673"));
        mvc.perform(get("/vaccination/products").with(as(school))).andExpect(status().isForbidden());
    }

    @Test
    void a_product_the_administrator_adds_can_be_used_for_a_dose_and_not_once_inactive() throws Exception {
        String code = code("NEWVAX");
        addAs(admin(), product(code), 302);
        long person = jdbc.sql("""
                        insert into people_person (full_name, birth_year, sex, province_code, district_code, commune_code, no_id)
                        values ('Tạ Văn Vắc Xin Mới', 1975, 'M', '22', '193', '06673', true) returning id""")
                .query(Long.class).single();
        mvc.perform(post("/vaccination/people/" + person + "/doses").param("productCode", code).param("lot", "NV1")
                        .param("doseDate", "01/03/2022").param("doseNumber", "1").with(as(station())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select product_code from vacc_dose where person_id = :p").param("p", person)
                .query(String.class).single()).isEqualTo(code);

        Map<String, String> inactive = product(code);
        inactive.put("active", "false");
        mvc.perform(form("/vaccination/products/" + code + "/edit", inactive).with(as(admin())))
                .andExpect(status().is3xxRedirection());
        String html = mvc.perform(post("/vaccination/people/" + person + "/doses").param("productCode", code)
                        .param("doseDate", "01/04/2022").param("doseNumber", "2").with(as(station())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errorOf(html, "productCode")).contains("đã ngừng sử dụng");
        assertThat(html).doesNotContain("<option value=\"" + code + "\"");
        assertThat(jdbc.sql("select count(*) from vacc_dose where person_id = :p").param("p", person)
                .query(Long.class).single()).isEqualTo(1);
    }
}
