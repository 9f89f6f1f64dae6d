package org.epiguard.platform;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ShellTest extends IntegrationTest {

    @Test
    void the_login_page_speaks_vietnamese_by_default_and_english_on_request() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Đăng nhập")))
                .andExpect(content().string(containsString("name=\"_csrf\"")));
        mvc.perform(get("/login").param("lang", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in")));
    }

    @Test
    void pages_need_a_signed_in_user_and_the_api_answers_401_instead_of_redirecting() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/api/v1/anything")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/anything").header("Authorization", "Bearer eg_not_a_token"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void the_overview_names_the_users_role_and_scope_in_words() throws Exception {
        user("shell.commune", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
        mvc.perform(get("/").with(as("shell.commune"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trạm Y tế xã")))
                .andExpect(content().string(containsString("Phường Bãi Cháy, Thành phố Hạ Long, Tỉnh Quảng Ninh")))
                .andExpect(content().string(not(containsString("Quản trị hệ thống"))));
    }

    @Test
    void list_links_keep_the_filters_when_sorting_paging_and_exporting() throws Exception {
        user("shell.province", Role.PROVINCE_COMMITTEE, Scope.of("PROVINCE", "22"));
        mvc.perform(get("/admin/audit").param("user", "shell").param("sort", "username").param("dir", "asc")
                        .with(as("shell.province")))
                .andExpect(status().isForbidden());
        user("admin.shell", Role.SYSTEM_ADMIN, Scope.of("PROVINCE", "22"));
        mvc.perform(get("/admin/audit").param("user", "shell").param("sort", "username").param("dir", "asc")
                        .with(as("admin.shell")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("shell&amp;sort=username&amp;dir=asc&amp;page"))))
                // the sorted column's link reverses the order and keeps the filter
                .andExpect(content().string(containsString("user=shell&amp;sort=username&amp;dir=desc")))
                .andExpect(content().string(containsString("href=\"/admin/audit/export.xlsx?user=shell&amp;sort=username&amp;dir=asc\"")));
    }

    @Test
    void health_metrics_and_the_openapi_document_are_published() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")))
                .andExpect(content().string(containsString("hikaricp_connections")));
        mvc.perform(get("/api/v1/openapi.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.openapi").exists());
    }
}
