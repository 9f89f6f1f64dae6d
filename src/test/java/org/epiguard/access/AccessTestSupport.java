package org.epiguard.access;

import org.epiguard.support.IntegrationTest;
import org.epiguard.support.TestUsers;
import org.springframework.mock.web.MockHttpSession;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;

/** Shared helpers of the access tests: organisation units to scope users to, and signing in through the form. */
abstract class AccessTestSupport extends IntegrationTest {

    static final String QUANG_NINH = "22";
    static final String HA_NOI = "01";

    /** A new organisation unit (e.g. a school) in a commune; returns its id. */
    long orgUnit(String type, String name, String provinceCode, String districtCode, String communeCode) {
        return jdbc.sql("""
                        insert into geo_org_unit (unit_type, name, province_code, district_code, commune_code)
                        values (:t, :n, :p, :d, :c) returning id""")
                .param("t", type).param("n", name).param("p", provinceCode).param("d", districtCode)
                .param("c", communeCode).query(Long.class).single();
    }

    /** Signs in through the login form (with its CSRF token) and returns the session. */
    MockHttpSession signIn(String username, String password) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(password)).andReturn();
        if (!"/".equals(result.getResponse().getRedirectedUrl())) {
            throw new AssertionError("sign-in of " + username + " failed: " + result.getResponse().getRedirectedUrl());
        }
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    MockHttpSession signIn(String username) throws Exception {
        return signIn(username, TestUsers.PASSWORD);
    }

    long userId(String username) {
        return jdbc.sql("select id from access_user where username = :u").param("u", username).query(Long.class).single();
    }

    int usersNamed(String username) {
        return jdbc.sql("select count(*) from access_user where username = :u").param("u", username)
                .query(Integer.class).single();
    }
}
