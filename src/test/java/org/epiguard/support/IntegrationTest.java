package org.epiguard.support;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Base of the tests that go through the application's own doors (HTTP) against the embedded
 * PostgreSQL with the small demo province loaded. One application context is shared by all of
 * them, so tests create their own data with unique names and never assume an empty table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public abstract class IntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    protected TestUsers users;

    /** Sends the request as this user, by an API token (creating the user's token once). */
    protected RequestPostProcessor as(String username) {
        String token = users.tokenFor(username);
        return request -> {
            request.addHeader("Authorization", "Bearer " + token);
            return request;
        };
    }

    /** A user with this role and scope (both capture and view), created once per test run. */
    protected String user(String username, Role role, Scope scope) {
        users.ensure(username, role, scope, scope);
        return username;
    }
}
