package org.epiguard.access.internal;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** SQL for access_user. */
@Repository
class UserAccounts {

    static final String COLUMNS = """
            id, username, password_hash, full_name, role, capture_level, capture_code, view_level, view_code,
            phone, email, locale, enabled, failed_logins, locked_until, last_login_at""";

    static final RowMapper<UserAccount> MAPPER = (rs, i) -> new UserAccount(
            rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"), rs.getString("full_name"),
            Role.valueOf(rs.getString("role")),
            Scope.of(rs.getString("capture_level"), rs.getString("capture_code")),
            Scope.of(rs.getString("view_level"), rs.getString("view_code")),
            rs.getString("phone"), rs.getString("email"), rs.getString("locale"), rs.getBoolean("enabled"),
            rs.getInt("failed_logins"), instant(rs.getTimestamp("locked_until")), instant(rs.getTimestamp("last_login_at")));

    private final JdbcClient jdbc;

    UserAccounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> byUsername(String username) {
        return jdbc.sql("select " + COLUMNS + " from access_user where username = :u")
                .param("u", username.toLowerCase()).query(MAPPER).optional();
    }

    Optional<UserAccount> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from access_user where id = :id").param("id", id).query(MAPPER).optional();
    }

    Optional<UserAccount> byTokenHash(String hash) {
        return jdbc.sql("""
                        update access_api_token set last_used_at = now()
                         where token_hash = :h and revoked_at is null
                        returning user_id""")
                .param("h", hash).query(Long.class).optional().flatMap(this::byId).filter(UserAccount::enabled);
    }

    /** Counts a failed login; from the 3rd failure in a row each further attempt waits longer (2, 4, 8 … 300 s). */
    void recordFailure(long id) {
        jdbc.sql("""
                        update access_user
                           set failed_logins = failed_logins + 1,
                               locked_until = case when failed_logins + 1 >= 3
                                   then now() + make_interval(secs => least(300, power(2, failed_logins + 1 - 2)))
                                   else null end
                         where id = :id""")
                .param("id", id).update();
    }

    void recordSuccess(long id) {
        jdbc.sql("update access_user set failed_logins = 0, locked_until = null, last_login_at = now() where id = :id")
                .param("id", id).update();
    }

    private static Instant instant(Timestamp ts) {
        return ts == null ? null : ts.toInstant();
    }
}
