package org.epiguard.access.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

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

    /** Revokes one of the user's own tokens; false when there is no such live token of theirs. */
    public boolean revoke(long tokenId, long userId) {
        return jdbc.sql("update access_api_token set revoked_at = now() where id = :id and user_id = :u and revoked_at is null")
                .param("id", tokenId).param("u", userId).update() > 0;
    }

    /** A token as its owner sees it: never the secret, only its first characters. */
    record TokenInfo(long id, String name, String hint, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    List<TokenInfo> listFor(long userId) {
        return jdbc.sql("""
                        select id, name, token_hint, created_at, last_used_at, revoked_at from access_api_token
                         where user_id = :u order by revoked_at is not null, created_at desc""")
                .param("u", userId)
                .query((rs, i) -> new TokenInfo(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
                        instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
                .list();
    }

    private static Instant instant(java.sql.Timestamp ts) {
        return ts == null ? null : ts.toInstant();
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
