package org.epiguard.access.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * API tokens for machine clients (lab systems, the national app bridge). A token is shown once
 * when created; only its SHA-256 is kept.
 */
@Service
public class ApiTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final JdbcClient jdbc;

    ApiTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates a token for a user and returns its secret, which is never stored. */
    public String create(long userId, String name) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = "eg_" + HexFormat.of().formatHex(bytes);
        jdbc.sql("insert into access_api_token (user_id, name, token_hash, token_hint) values (:u, :n, :h, :hint)")
                .param("u", userId).param("n", name).param("h", hash(secret))
                .param("hint", secret.substring(0, 7) + "…").update();
        return secret;
    }

    public void revoke(long tokenId, long userId) {
        jdbc.sql("update access_api_token set revoked_at = now() where id = :id and user_id = :u and revoked_at is null")
                .param("id", tokenId).param("u", userId).update();
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
