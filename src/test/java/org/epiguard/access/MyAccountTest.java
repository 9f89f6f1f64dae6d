package org.epiguard.access;

import org.epiguard.support.TestUsers;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class MyAccountTest extends AccessTestSupport {

    @Test
    void a_user_changes_their_own_password_only_with_the_current_one() throws Exception {
        user("own.pw", Role.COMMUNITY_TEAM, Scope.of("COMMUNE", "06673"));
        var session = signIn("own.pw");
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", "wrong-current").param("newPassword", "Mat-khau-moi-1")
                        .param("confirmPassword", "Mat-khau-moi-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu hiện tại không đúng")));
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "own.pw")
                        .param("confirmPassword", "own.pw"))
                .andExpect(content().string(containsString("ít nhất 10 ký tự")));
        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "Mat-khau-moi-1")
                        .param("confirmPassword", "Mat-khau-moi-2"))
                .andExpect(content().string(containsString("không khớp")));
        signIn("own.pw", TestUsers.PASSWORD);

        mvc.perform(post("/account/password").session(session).with(csrf())
                        .param("currentPassword", TestUsers.PASSWORD).param("newPassword", "Mat-khau-moi-1")
                        .param("confirmPassword", "Mat-khau-moi-1"))
                .andExpect(redirectedUrl("/account"));
        signIn("own.pw", "Mat-khau-moi-1");
        mvc.perform(formLogin("/login").user("own.pw").password(TestUsers.PASSWORD)).andExpect(unauthenticated());
        String audit = jdbc.sql("""
                        select coalesce(after::text, '') || coalesce(before::text, '') from access_audit
                         where action = 'UPDATE' and entity_type = 'user' and entity_id = :id""")
                .param("id", String.valueOf(userId("own.pw"))).query(String.class).single();
        assertThat(audit).contains("passwordChanged").doesNotContain("Mat-khau-moi-1").doesNotContain("{bcrypt}");
    }

    @Test
    void a_token_secret_is_shown_once_works_for_the_api_and_stops_when_revoked() throws Exception {
        user("own.token", Role.CHECKPOINT, Scope.of("COMMUNE", "06709"));
        var session = signIn("own.token");
        var created = mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "máy quét chốt"))
                .andExpect(redirectedUrl("/account"))
                .andExpect(flash().attribute("newToken", startsWith("eg_")))
                .andReturn();
        String secret = (String) created.getFlashMap().get("newToken");
        mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("own.token"));
        mvc.perform(get("/account").session(session))
                .andExpect(content().string(containsString(secret)));
        mvc.perform(get("/account").session(session))
                .andExpect(content().string(containsString("máy quét chốt")))
                .andExpect(content().string(not(containsString(secret))));
        long tokenId = jdbc.sql("select id from access_api_token where name = 'máy quét chốt'").query(Long.class).single();

        user("own.thief", Role.CHECKPOINT, Scope.of("COMMUNE", "06709"));
        mvc.perform(post("/account/tokens/{id}/revoke", tokenId).with(as("own.thief"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());

        mvc.perform(post("/account/tokens/{id}/revoke", tokenId).session(session).with(csrf()))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("select count(*) from access_audit where entity_type = 'api_token' and username = 'own.token'")
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void a_token_needs_a_name_and_a_post_without_csrf_is_refused() throws Exception {
        user("own.noname", Role.CHECKPOINT, Scope.of("COMMUNE", "06709"));
        var session = signIn("own.noname");
        mvc.perform(post("/account/tokens").session(session).with(csrf()).param("name", "  "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên mã bắt buộc")));
        mvc.perform(post("/account/tokens").session(session).param("name", "no csrf"))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select count(*) from access_api_token t join access_user u on u.id = t.user_id where u.username = 'own.noname'")
                .query(Integer.class).single()).isZero();
    }

    @Test
    void every_user_sees_my_account_in_the_navigation_and_only_administrators_the_admin_pages() throws Exception {
        user("own.nav", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
        user("adm.nav", Role.SYSTEM_ADMIN, Scope.of("PROVINCE", QUANG_NINH));
        mvc.perform(get("/account").session(signIn("own.nav")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/account\"")))
                .andExpect(content().string(not(containsString("href=\"/admin/users\""))));
        mvc.perform(get("/account").session(signIn("adm.nav")))
                .andExpect(content().string(containsString("href=\"/admin/users\"")))
                .andExpect(content().string(containsString("href=\"/admin/audit\"")));
    }
}
