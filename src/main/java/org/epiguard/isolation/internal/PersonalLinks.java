package org.epiguard.isolation.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The personal follow-up link of a person isolated at home: a random token (256 bits) that needs no
 * account and reaches only its own running episode. Only its hash is kept; issuing a new link revokes the
 * old one, and the link stops when the episode ends.
 */
@Service
class PersonalLinks {

    static final String PATH = "/follow/";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccessContext access;
    private final EpisodeRepository episodes;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    PersonalLinks(AccessContext access, EpisodeRepository episodes, JdbcClient jdbc, AuditTrail audit) {
        this.access = access;
        this.episodes = episodes;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    record Link(long episodeId, String path) {
    }

    @Transactional
    Link issue(long episodeId) {
        CurrentUser user = access.currentUser();
        IsolationAccess.require(IsolationAccess.FOLLOW_UP, user);
        Episode e = episodes.find(user.viewScope(), episodeId).orElseThrow(IsolationAccess::notFound);
        access.requireCapture(e.location());
        if (!e.running()) {
            throw InvalidIsolationInput.of("episodeId", "NOT_RUNNING");
        }
        if (!e.place().followedAtHome()) {
            throw InvalidIsolationInput.of("episodeId", "NOT_AT_HOME");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("update isolation_episode set follow_token_hash = :h, updated_at = now() where id = :id")
                .param("h", hash(token)).param("id", episodeId).update();
        audit.record(AuditTrail.Action.UPDATE, "isolation_episode", episodeId, e.location(),
                "personal follow-up link issued for episode " + episodeId, null, java.util.Map.of("link", "issued"));
        return new Link(episodeId, PATH + token);
    }

    /** The running episode a token reaches, if any. */
    Optional<Episode> resolve(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        return jdbc.sql("select id from isolation_episode where follow_token_hash = :h and status = 'ACTIVE'")
                .param("h", hash(token)).query(Long.class).optional().map(episodes::get);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
