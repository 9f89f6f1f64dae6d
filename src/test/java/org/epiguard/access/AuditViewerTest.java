package org.epiguard.access;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class AuditViewerTest extends AccessTestSupport {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    AuditTrail audit;

    private String admin22() {
        return user("adm.audit.qn", Role.SYSTEM_ADMIN, Scope.of("PROVINCE", QUANG_NINH));
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DAY);
    }

    @Test
    void the_audit_trail_cannot_be_changed_or_deleted_even_by_the_application() {
        audit.record(null, "system", AuditTrail.Action.UPDATE, "person", "append-only-1",
                Location.commune("22", "193", "06673"), "test", Map.of("a", 1), Map.of("a", 2));
        assertThatThrownBy(() -> jdbc.sql("update access_audit set summary = 'forged' where entity_id = 'append-only-1'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from access_audit where entity_id = 'append-only-1'").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate access_audit").update())
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.sql("select summary from access_audit where entity_id = 'append-only-1'").query(String.class).single())
                .isEqualTo("test");
    }

    @Test
    void users_other_than_administrators_get_403_from_the_viewer_the_api_and_the_export() throws Exception {
        String committee = user("bcd.audit", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", QUANG_NINH));
        mvc.perform(get("/admin/audit").with(as(committee))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit/export.xlsx").with(as(committee))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/admin/audit").with(as(committee))).andExpect(status().isForbidden());
    }

    @Test
    void a_province_administrator_sees_the_records_of_the_province_and_not_those_of_another() throws Exception {
        String admin = admin22();
        audit.record(null, "tyt.test", AuditTrail.Action.CREATE, "person", "scope-qn", Location.commune("22", "193", "06673"),
                "người ở Bãi Cháy", null, Map.of("fullName", "Nguyễn Văn Quảng"));
        audit.record(null, "tyt.test", AuditTrail.Action.CREATE, "person", "scope-hn", Location.commune("01", "001", "00001"),
                "người ở Phúc Xá", null, Map.of("fullName", "Trần Thị Hà"));
        mvc.perform(get("/api/v1/admin/audit").with(as(admin)).param("entityType", "person"))
                .andExpect(jsonPath("$.rows[*].entityId", hasItem("scope-qn")))
                .andExpect(content().string(not(containsString("scope-hn"))))
                .andExpect(content().string(not(containsString("Trần Thị Hà"))));
        mvc.perform(get("/api/v1/admin/audit").with(as(admin)).param("entityId", "scope-hn"))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/admin/audit").with(as(admin)).param("entityType", "person"))
                .andExpect(content().string(containsString("Nguyễn Văn Quảng")))
                .andExpect(content().string(not(containsString("Trần Thị Hà"))));
    }

    @Test
    void records_without_a_place_are_visible_for_the_administrators_own_users_only() throws Exception {
        String admin = admin22();
        user("login.qn.audit", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
        user("login.hn.audit", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "00001"));
        audit.record(userId("login.qn.audit"), "login.qn.audit", AuditTrail.Action.LOGIN_FAILED, "user",
                userId("login.qn.audit"), null, "failed login", null, null);
        audit.record(userId("login.hn.audit"), "login.hn.audit", AuditTrail.Action.LOGIN_FAILED, "user",
                userId("login.hn.audit"), null, "failed login", null, null);
        mvc.perform(get("/api/v1/admin/audit").with(as(admin)).param("action", "LOGIN_FAILED"))
                .andExpect(jsonPath("$.rows[*].username", hasItem("login.qn.audit")))
                .andExpect(content().string(not(containsString("login.hn.audit"))));
    }

    @Test
    void the_viewer_filters_by_user_record_and_day_newest_first_with_before_and_after() throws Exception {
        String admin = admin22();
        audit.record(null, "filter.user", AuditTrail.Action.UPDATE, "person", "filter-1", Location.commune("22", "201", "06922"),
                "sửa lần 1", Map.of("phone", "0911111111"), Map.of("phone", "0922222222"));
        audit.record(null, "filter.user", AuditTrail.Action.UPDATE, "person", "filter-1", Location.commune("22", "201", "06922"),
                "sửa lần 2", Map.of("phone", "0922222222"), Map.of("phone", "0933333333"));
        mvc.perform(get("/api/v1/admin/audit").with(as(admin)).param("user", "filter.user").param("entityId", "filter-1")
                        .param("from", today()).param("to", today()))
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.rows[0].summary").value("sửa lần 2"))
                .andExpect(jsonPath("$.rows[0].before.phone").value("0922222222"))
                .andExpect(jsonPath("$.rows[0].after.phone").value("0933333333"));
        String tomorrow = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(1).format(DAY);
        mvc.perform(get("/api/v1/admin/audit").with(as(admin)).param("entityId", "filter-1").param("from", tomorrow))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/admin/audit").with(as(admin)).param("action", "UPDATE").param("user", "someone.else")
                        .param("entityId", "filter-1"))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/admin/audit").with(as(admin)).param("entityId", "filter-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0911111111")))
                .andExpect(content().string(containsString("0933333333")));
    }

    @Test
    void a_bad_date_or_action_is_refused_naming_the_field() throws Exception {
        String admin = admin22();
        mvc.perform(get("/api/v1/admin/audit").with(as(admin)).param("from", "2021-10-01"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/admin/audit").with(as(admin)).param("from", "10/10/2021").param("to", "01/10/2021"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        mvc.perform(get("/api/v1/admin/audit").with(as(admin)).param("action", "DROP"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("action"));
        mvc.perform(get("/admin/audit").with(as(admin)).param("to", "31/02/2021"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("31/02/2021")));
    }

    @Test
    void exporting_the_audit_trail_is_itself_audited() throws Exception {
        String admin = admin22();
        mvc.perform(get("/admin/audit/export.xlsx").with(as(admin)).param("from", today()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        assertThat(jdbc.sql("""
                        select count(*) from access_audit
                         where username = :u and action = 'EXPORT' and entity_type = 'audit' and after->>'from' = :d""")
                .param("u", admin).param("d", today()).query(Integer.class).single()).isEqualTo(1);
    }
}
