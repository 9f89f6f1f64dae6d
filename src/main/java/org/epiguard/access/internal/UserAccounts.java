package org.epiguard.access.internal;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
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
            phone, email, locale, enabled, failed_logins, locked_until, last_login_at, district_code""";

    static final RowMapper<UserAccount> MAPPER = (rs, i) -> new UserAccount(
            rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"), rs.getString("full_name"),
            Role.valueOf(rs.getString("role")),
            Scope.of(rs.getString("capture_level"), rs.getString("capture_code")),
            Scope.of(rs.getString("view_level"), rs.getString("view_code")),
            rs.getString("phone"), rs.getString("email"), rs.getString("locale"), rs.getBoolean("enabled"),
            rs.getInt("failed_logins"), instant(rs.getTimestamp("locked_until")), instant(rs.getTimestamp("last_login_at")),
            rs.getString("district_code"));

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

    /** The user, if it lies inside the scope (an administrator's view scope); otherwise empty. */
    Optional<UserAccount> byIdWithin(long id, Scope scope) {
        return jdbc.sql("select " + COLUMNS + " from access_user u where id = :id and " + scope.sql("u", "unit_id"))
                .param("id", id).param("scopeKey", scope.key()).query(MAPPER).optional();
    }

    /** Inserts the user unless the username exists already; returns the new id, or empty when it existed. */
    Optional<Long> insertIfAbsent(UserDraft d, String passwordHash) {
        return bind(jdbc.sql("""
                        insert into access_user (username, password_hash, full_name, role, capture_level, capture_code,
                                                 view_level, view_code, phone, email, enabled)
                        values (:username, :hash, :fullName, :role, :cl, :cc, :vl, :vc, :phone, :email, :enabled)
                        on conflict (username) do nothing
                        returning id"""), d)
                .param("hash", passwordHash).query(Long.class).optional();
    }

    void update(long id, UserDraft d) {
        bind(jdbc.sql("""
                        update access_user
                           set full_name = :fullName, role = :role, capture_level = :cl, capture_code = :cc,
                               view_level = :vl, view_code = :vc, phone = :phone, email = :email, enabled = :enabled,
                               updated_at = now()
                         where id = :id and username = :username"""), d)
                .param("id", id).update();
    }

    /** Sets a new password and lifts any login wait. */
    void setPassword(long id, String passwordHash) {
        jdbc.sql("""
                        update access_user set password_hash = :h, failed_logins = 0, locked_until = null, updated_at = now()
                         where id = :id""")
                .param("h", passwordHash).param("id", id).update();
    }

    private static StatementSpec bind(StatementSpec spec, UserDraft d) {
        return spec.param("username", d.username()).param("fullName", d.fullName()).param("role", d.role().name())
                .param("cl", d.captureScope().level().name()).param("cc", d.captureScope().code())
                .param("vl", d.viewScope().level().name()).param("vc", d.viewScope().code())
                .param("phone", d.phone()).param("email", d.email()).param("enabled", d.enabled());
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
