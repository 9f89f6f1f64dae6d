package org.epiguard.access;

import org.epiguard.access.internal.ApiTokens;
import org.epiguard.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class LoginTest extends AccessTestSupport {

    @Autowired
    ApiTokens tokens;

    @Test
    void a_person_signs_in_through_the_form_with_its_csrf_token() throws Exception {
        user("login.form", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
        mvc.perform(formLogin("/login").user("login.form").password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/"))
                .andExpect(authenticated().withUsername("login.form"));
    }

    @Test
    void a_login_post_without_csrf_token_is_refused() throws Exception {
        user("login.nocsrf", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
        mvc.perform(post("/login").param("username", "login.nocsrf").param("password", TestUsers.PASSWORD))
                .andExpect(status().isForbidden())
                .andExpect(unauthenticated());
    }

    @Test
    void a_wrong_password_is_refused_with_the_plain_message() throws Exception {
        user("login.wrong", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
        mvc.perform(formLogin("/login").user("login.wrong").password("not-the-password"))
                .andExpect(redirectedUrl("/login?error=bad"))
                .andExpect(unauthenticated());
    }

    @Test
    void three_wrong_passwords_in_a_row_make_the_account_wait_even_for_the_right_password() throws Exception {
        user("login.slow", Role.COMMUNE_HEALTH_STATION, Scope.of("COMMUNE", "06673"));
        for (int i = 0; i < 3; i++) {
            mvc.perform(formLogin("/login").user("login.slow").password("guess-" + i)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user("login.slow").password(TestUsers.PASSWORD))
                .andExpect(redirectedUrl("/login?error=locked"))
                .andExpect(unauthenticated());
        mvc.perform(get("/login").param("error", "locked"))
                .andExpect(content().string(containsString("Đăng nhập sai nhiều lần")));
        var lockedUntil = jdbc.sql("select locked_until > now() from access_user where username = 'login.slow'")
                .query(Boolean.class).single();
        org.assertj.core.api.Assertions.assertThat(lockedUntil).isTrue();
    }

    @Test
    void an_api_token_opens_the_api_and_a_revoked_one_gets_401() throws Exception {
        user("login.token", Role.LABORATORY, Scope.of("DISTRICT", "193"));
        long id = userId("login.token");
        String secret = tokens.create(id, "lab bridge");
        mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + secret))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("login.token"));
        long tokenId = jdbc.sql("select id from access_api_token where user_id = :u and name = 'lab bridge'")
                .param("u", id).query(Long.class).single();
        tokens.revoke(tokenId, id);
        mvc.perform(get("/api/v1/account").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/account").header("Authorization", "Bearer eg_made_up"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void without_credentials_the_api_answers_401_and_pages_send_to_the_login_form() throws Exception {
        mvc.perform(get("/api/v1/account")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/admin/users")).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/users"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/login")));
        mvc.perform(get("/account"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/login")));
    }
}
