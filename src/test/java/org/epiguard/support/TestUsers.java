package org.epiguard.support;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Users and API tokens for tests, written straight into the access tables. */
@Component
public class TestUsers {

    public static final String PASSWORD = "test-password-1";

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private String hash;

    TestUsers(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    public synchronized long ensure(String username, Role role, Scope capture, Scope view) {
        if (hash == null) {
            hash = encoder.encode(PASSWORD);
        }
        return jdbc.sql("""
                        insert into access_user (username, password_hash, full_name, role, capture_level, capture_code,
                                                 view_level, view_code)
                        values (:u, :h, :n, :r, :cl, :cc, :vl, :vc)
                        on conflict (username) do update set role = excluded.role,
                            capture_level = excluded.capture_level, capture_code = excluded.capture_code,
                            view_level = excluded.view_level, view_code = excluded.view_code
                        returning id""")
                .param("u", username).param("h", hash).param("n", "Test " + username).param("r", role.name())
                .param("cl", capture.level().name()).param("cc", capture.code())
                .param("vl", view.level().name()).param("vc", view.code())
                .query(Long.class).single();
    }

    public String tokenFor(String username) {
        return tokens.computeIfAbsent(username, u -> {
            long id = jdbc.sql("select id from access_user where username = :u").param("u", u).query(Long.class).single();
            String secret = "eg_test_" + u + "_" + System.nanoTime();
            jdbc.sql("insert into access_api_token (user_id, name, token_hash, token_hint) values (:id, 'test', :h, 'eg_test')")
                    .param("id", id).param("h", sha256(secret)).update();
            return secret;
        });
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
