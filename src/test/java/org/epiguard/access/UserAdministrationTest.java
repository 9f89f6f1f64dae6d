package org.epiguard.access;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class UserAdministrationTest extends AccessTestSupport {

    private String admin22() {
        return user("adm.qn", Role.SYSTEM_ADMIN, Scope.of("PROVINCE", QUANG_NINH));
    }

    private String admin01() {
        return user("adm.hn", Role.SYSTEM_ADMIN, Scope.of("PROVINCE", HA_NOI));
    }

    private static String body(String username, String role, String captureLevel, String captureCode,
                               String viewLevel, String viewCode, String password) {
        return """
                {"username":"%s","fullName":"Nguyễn Văn An","role":"%s",
                 "captureScope":{"level":"%s","code":"%s"},"viewScope":{"level":"%s","code":"%s"},
                 "phone":"0912 345 678","email":"an@example.vn","password":"%s"}"""
                .formatted(username, role, captureLevel, captureCode, viewLevel, viewCode, password);
    }

    private ResultActions create(String admin, String json) throws Exception {
        return mvc.perform(post("/api/v1/admin/users").with(as(admin)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void refused(String admin, String username, String json, String field) throws Exception {
        create(admin, json).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
        assertThat(usersNamed(username)).as("nothing written for " + username).isZero();
    }

    @Test
    void a_province_administrator_creates_a_commune_station_user_and_the_audit_keeps_no_password() throws Exception {
        create(admin22(), body("tyt.baichay.a", "COMMUNE_HEALTH_STATION", "COMMUNE", "06673", "COMMUNE", "06673",
                "Tam-thoi-2021"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value("tyt.baichay.a"))
                .andExpect(jsonPath("$.phone").value("0912345678"));
        long id = userId("tyt.baichay.a");
        var audit = jdbc.sql("""
                        select username, province_code, commune_code, after::text from access_audit
                         where action = 'CREATE' and entity_type = 'user' and entity_id = :id""")
                .param("id", String.valueOf(id)).query().singleRow();
        assertThat(audit.get("username")).isEqualTo("adm.qn");
        assertThat(audit.get("province_code")).isEqualTo("22");
        assertThat(audit.get("commune_code")).isEqualTo("06673");
        assertThat((String) audit.get("after")).contains("tyt.baichay.a", "COMMUNE:06673")
                .doesNotContain("Tam-thoi-2021").doesNotContainIgnoringCase("bcrypt").doesNotContain("password");
        signIn("tyt.baichay.a", "Tam-thoi-2021");
    }

    @Test
    void bad_user_input_is_refused_naming_the_field_and_writes_nothing() throws Exception {
        String admin = admin22();
        long school = orgUnit("SCHOOL", "Trường THCS Bãi Cháy (test)", QUANG_NINH, "193", "06673");
        refused(admin, "ab", body("ab", "COMMUNE_HEALTH_STATION", "COMMUNE", "06673", "COMMUNE", "06673", "Tam-thoi-2021"), "username");
        refused(admin, "có dấu", body("có dấu", "COMMUNE_HEALTH_STATION", "COMMUNE", "06673", "COMMUNE", "06673", "Tam-thoi-2021"), "username");
        refused(admin, "bad.role", body("bad.role", "MAYOR", "COMMUNE", "06673", "COMMUNE", "06673", "Tam-thoi-2021"), "role");
        refused(admin, "tyt.district", body("tyt.district", "COMMUNE_HEALTH_STATION", "DISTRICT", "193", "DISTRICT", "193", "Tam-thoi-2021"), "captureScope");
        refused(admin, "school.commune", body("school.commune", "SCHOOL", "COMMUNE", "06673", "COMMUNE", "06673", "Tam-thoi-2021"), "captureScope");
        refused(admin, "school.nounit", body("school.nounit", "SCHOOL", "UNIT", "987654321", "UNIT", "987654321", "Tam-thoi-2021"), "captureScope");
        refused(admin, "tyt.nocommune", body("tyt.nocommune", "COMMUNE_HEALTH_STATION", "COMMUNE", "99999", "COMMUNE", "99999", "Tam-thoi-2021"), "captureScope");
        refused(admin, "tyt.badcode", body("tyt.badcode", "COMMUNE_HEALTH_STATION", "COMMUNE", "193", "COMMUNE", "193", "Tam-thoi-2021"), "captureScope");
        refused(admin, "tyt.narrowview", body("tyt.narrowview", "COMMUNE_HEALTH_STATION", "COMMUNE", "06673", "COMMUNE", "06709", "Tam-thoi-2021"), "viewScope");
        refused(admin, "school.otherview", body("school.otherview", "SCHOOL", "UNIT", String.valueOf(school), "DISTRICT", "194", "Tam-thoi-2021"), "viewScope");
        refused(admin, "tyt.shortpw", body("tyt.shortpw", "COMMUNE_HEALTH_STATION", "COMMUNE", "06673", "COMMUNE", "06673", "short"), "password");
        refused(admin, "tyt.samepw.x", body("tyt.samepw.x", "COMMUNE_HEALTH_STATION", "COMMUNE", "06673", "COMMUNE", "06673", "TYT.SAMEPW.X"), "password");
        refused(admin, "tyt.badphone", body("tyt.badphone", "COMMUNE_HEALTH_STATION", "COMMUNE", "06673", "COMMUNE", "06673", "Tam-thoi-2021")
                .replace("0912 345 678", "12345"), "phone");
        refused(admin, "tyt.bademail", body("tyt.bademail", "COMMUNE_HEALTH_STATION", "COMMUNE", "06673", "COMMUNE", "06673", "Tam-thoi-2021")
                .replace("an@example.vn", "not-an-email"), "email");
    }

    @Test
    void a_unit_role_gets_a_unit_scope_inside_a_wider_view() throws Exception {
        long school = orgUnit("SCHOOL", "Trường Tiểu học Ka Long (test)", QUANG_NINH, "194", "06709");
        create(admin22(), body("school.kalong", "SCHOOL", "UNIT", String.valueOf(school), "COMMUNE", "06709", "Tam-thoi-2021"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.captureScope.level").value("UNIT"));
        var district = jdbc.sql("select district_code from access_user where username = 'school.kalong'")
                .query(String.class).single();
        assertThat(district).isEqualTo("194");
    }

    @Test
    void an_existing_username_is_refused() throws Exception {
        String admin = admin22();
        create(admin, body("tyt.twice", "COMMUNE_HEALTH_STATION", "COMMUNE", "06673", "COMMUNE", "06673", "Tam-thoi-2021"))
                .andExpect(status().isCreated());
        create(admin, body("tyt.twice", "COMMUNITY_TEAM", "COMMUNE", "06673", "COMMUNE", "06673", "Tam-thoi-2021"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"));
        assertThat(usersNamed("tyt.twice")).isEqualTo(1);
    }

    @Test
    void an_administrator_edits_role_and_scope_and_the_audit_shows_before_and_after() throws Exception {
        String admin = admin22();
        create(admin, body("edit.me", "COMMUNE_HEALTH_STATION", "COMMUNE", "06673", "COMMUNE", "06673", "Tam-thoi-2021"))
                .andExpect(status().isCreated());
        long id = userId("edit.me");
        mvc.perform(put("/api/v1/admin/users/{id}", id).with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("ignored", "DISTRICT_COMMAND", "DISTRICT", "193", "PROVINCE", "22", "")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("edit.me"))
                .andExpect(jsonPath("$.role").value("DISTRICT_COMMAND"))
                .andExpect(jsonPath("$.viewScope.code").value("22"));
        var audit = jdbc.sql("""
                        select before::text as b, after::text as a from access_audit
                         where action = 'UPDATE' and entity_type = 'user' and entity_id = :id""")
                .param("id", String.valueOf(id)).query().singleRow();
        assertThat((String) audit.get("b")).contains("COMMUNE_HEALTH_STATION", "COMMUNE:06673");
        assertThat((String) audit.get("a")).contains("DISTRICT_COMMAND", "DISTRICT:193", "PROVINCE:22");
    }

    @Test
    void a_reset_password_lets_the_user_sign_in_and_is_audited_without_the_password() throws Exception {
        String admin = admin22();
        user("reset.me", Role.COMMUNITY_TEAM, Scope.of("COMMUNE", "06922"));
        long id = userId("reset.me");
        mvc.perform(post("/api/v1/admin/users/{id}/password", id).with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"short\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("password"));
        mvc.perform(post("/api/v1/admin/users/{id}/password", id).with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"Moi-tam-thoi-22\"}"))
                .andExpect(status().isNoContent());
        signIn("reset.me", "Moi-tam-thoi-22");
        String after = jdbc.sql("select after::text from access_audit where entity_type = 'user' and entity_id = :id and action = 'UPDATE'")
                .param("id", String.valueOf(id)).query(String.class).single();
        assertThat(after).doesNotContain("Moi-tam-thoi-22");
    }

    @Test
    void an_administrator_cannot_lock_themselves_out() throws Exception {
        String admin = user("adm.self", Role.SYSTEM_ADMIN, Scope.of("PROVINCE", QUANG_NINH));
        long id = userId(admin);
        mvc.perform(put("/api/v1/admin/users/{id}", id).with(as(admin)).contentType(MediaType.APPLICATION_JSON)
                        .content(body(admin, "SYSTEM_ADMIN", "PROVINCE", "22", "PROVINCE", "22", "")
                                .replace("\"password\":\"\"", "\"enabled\":false")))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select enabled from access_user where id = :id").param("id", id).query(Boolean.class).single())
                .isTrue();
    }

    @Test
    void a_province_administrator_manages_only_users_inside_the_province() throws Exception {
        String qn = admin22();
        String hn = admin01();
        user("hn.phucxa", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "00001"));
        user("qn.quangha", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06922"));
        long hnUser = userId("hn.phucxa");

        // creating a user in another province is refused, nothing written
        refused(qn, "qn.makes.hn", body("qn.makes.hn", "COMMUNE_HEALTH_STATION", "COMMUNE", "00004", "COMMUNE", "00004",
                "Tam-thoi-2021"), "viewScope");
        refused(qn, "qn.makes.nation", body("qn.makes.nation", "SYSTEM_ADMIN", "NATION", "VN", "NATION", "VN",
                "Tam-thoi-2021"), "viewScope");
        // the list shows only the own province
        mvc.perform(get("/api/v1/admin/users").with(as(qn)).param("size", "200").param("q", "phucxa"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0))
                .andExpect(content().string(not(containsString("hn.phucxa"))));
        mvc.perform(get("/api/v1/admin/users").with(as(hn)).param("q", "phucxa"))
                .andExpect(jsonPath("$.rows[*].username", hasItem("hn.phucxa")));
        mvc.perform(get("/admin/users").with(as(qn)).param("q", "h"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("qn.quangha")))
                .andExpect(content().string(not(containsString("hn.phucxa"))));
        // another province's user does not exist for them: read, edit, reset
        mvc.perform(get("/api/v1/admin/users/{id}", hnUser).with(as(qn))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/users/{id}", hnUser).with(as(qn))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/admin/users/{id}", hnUser).with(as(qn)).contentType(MediaType.APPLICATION_JSON)
                        .content(body("hn.phucxa", "COMMUNE_HEALTH_STATION", "COMMUNE", "06673", "COMMUNE", "06673", "")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/admin/users/{id}/password", hnUser).with(as(qn)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"password\":\"Chiem-quyen-2021\"}"))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select view_code from access_user where id = :id").param("id", hnUser)
                .query(String.class).single()).isEqualTo("00001");
        signIn("hn.phucxa");
    }

    @Test
    void users_outside_the_administrator_role_get_403() throws Exception {
        String station = user("tyt.not.admin", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
        String committee = user("bcd.not.admin", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", QUANG_NINH));
        for (String u : new String[]{station, committee}) {
            mvc.perform(get("/api/v1/admin/users").with(as(u))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/users").with(as(u))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/users/export.xlsx").with(as(u))).andExpect(status().isForbidden());
            create(u, body("made.by." + u, "COMMUNE_HEALTH_STATION", "COMMUNE", "06673", "COMMUNE", "06673",
                    "Tam-thoi-2021")).andExpect(status().isForbidden());
            assertThat(usersNamed("made.by." + u)).isZero();
        }
    }

    @Test
    void the_user_list_filters_by_role_district_and_unaccented_text_and_exports_with_an_audit_record() throws Exception {
        String admin = admin22();
        create(admin, body("list.nguyen", "COMMUNITY_TEAM", "COMMUNE", "06709", "COMMUNE", "06709", "Tam-thoi-2021")
                .replace("Nguyễn Văn An", "Nguyễn Thị Hằng Liststaff")).andExpect(status().isCreated());
        mvc.perform(get("/api/v1/admin/users").with(as(admin)).param("q", "nguyen thi hang liststaff"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.rows[0].username").value("list.nguyen"));
        mvc.perform(get("/api/v1/admin/users").with(as(admin)).param("q", "liststaff").param("role", "COMMUNITY_TEAM")
                        .param("district", "194"))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/api/v1/admin/users").with(as(admin)).param("q", "liststaff").param("district", "193"))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/admin/users").with(as(admin)).param("sort", "fullName; drop table x").param("dir", "desc"))
                .andExpect(status().isOk());
        mvc.perform(get("/admin/users/export.xlsx").with(as(admin)).param("q", "liststaff"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        assertThat(jdbc.sql("select count(*) from access_audit where username = :u and action = 'EXPORT' and entity_type = 'user'")
                .param("u", admin).query(Integer.class).single()).isPositive();
    }

    @Test
    void the_pages_create_and_edit_a_user_with_the_scope_picker() throws Exception {
        String admin = admin22();
        mvc.perform(get("/admin/users/new").with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hạ Long")));
        mvc.perform(get("/admin/users/geo/options").with(as(admin)).param("from", "captureDistrict")
                        .param("captureDistrict", "193"))
                .andExpect(content().string(containsString("06673")));
        mvc.perform(get("/admin/users/geo/options").with(as(admin)).param("from", "captureProvince")
                        .param("captureProvince", "01"))
                .andExpect(content().string(not(containsString("Ba Đình"))));
        mvc.perform(post("/admin/users").with(as(admin))
                        .param("username", "page.made").param("fullName", "Trần Văn Bình").param("role", "COMMUNITY_TEAM")
                        .param("enabled", "true").param("password", "Tam-thoi-2021")
                        .param("captureLevel", "COMMUNE").param("captureProvince", "22").param("captureDistrict", "201")
                        .param("captureCommune", "06922")
                        .param("viewLevel", "DISTRICT").param("viewProvince", "22").param("viewDistrict", "201"))
                .andExpect(status().is3xxRedirection());
        long id = userId("page.made");
        mvc.perform(get("/admin/users/{id}", id).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trần Văn Bình")));
        mvc.perform(post("/admin/users/{id}", id).with(as(admin))
                        .param("fullName", "Trần Văn Bình").param("role", "COMMUNITY_TEAM")
                        .param("captureLevel", "DISTRICT").param("captureDistrict", "201")
                        .param("viewLevel", "DISTRICT").param("viewDistrict", "201"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vai trò này cần phạm vi cấp xã")));
        assertThat(jdbc.sql("select capture_level || ':' || enabled from access_user where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("COMMUNE:true");
        mvc.perform(post("/admin/users/{id}", id).with(as(admin))
                        .param("fullName", "Trần Văn Bình").param("role", "COMMUNITY_TEAM")
                        .param("captureLevel", "COMMUNE").param("captureCommune", "06922")
                        .param("viewLevel", "COMMUNE").param("viewCommune", "06922"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select view_level || ':' || enabled from access_user where id = :id").param("id", id)
                .query(String.class).single()).isEqualTo("COMMUNE:false");
    }
}
