package org.epiguard.demo.internal;

import org.epiguard.demo.DemoUser;
import org.epiguard.demo.DemoUsers;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/**
 * Creates the demo logins (keeping any existing user of the same name), their unit scopes pointing
 * at the demo organisation units. The password hash is computed once by the caller.
 */
final class UsersWriter {

    private final JdbcClient jdbc;

    UsersWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int write(List<DemoPlace> places, long[] placeIds, String passwordHash) {
        int created = 0;
        for (DemoUser u : DemoUsers.ALL) {
            String code = u.unitName() == null ? u.areaCode() : Long.toString(unitId(u, places, placeIds));
            created += jdbc.sql("""
                            insert into access_user (username, password_hash, full_name, role, capture_level, capture_code,
                                                     view_level, view_code)
                            values (:username, :hash, :fullName, :role, :level, :code, :level, :code)
                            on conflict (username) do nothing""")
                    .param("username", u.username()).param("hash", passwordHash).param("fullName", u.fullName())
                    .param("role", u.role().name()).param("level", u.level().name()).param("code", code)
                    .update();
        }
        return created;
    }

    private static long unitId(DemoUser u, List<DemoPlace> places, long[] placeIds) {
        return places.stream()
                .filter(p -> p.name().equals(u.unitName()) && p.communeCode().equals(u.areaCode()))
                .mapToLong(p -> placeIds[p.key()]).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo unit " + u.unitName() + " for " + u.username()));
    }
}
