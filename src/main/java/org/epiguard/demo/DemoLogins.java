package org.epiguard.demo;

import org.epiguard.access.Role;
import org.epiguard.access.Scope;
import org.epiguard.geo.GeoDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/** The demo logins that exist in the database, in the order of {@link DemoUsers#ALL}, for the welcome banner and docs. */
@Component
public class DemoLogins {

    private final JdbcClient jdbc;
    private final GeoDirectory geo;

    public DemoLogins(JdbcClient jdbc, GeoDirectory geo) {
        this.jdbc = jdbc;
        this.geo = geo;
    }

    public List<DemoLogin> list() {
        List<String> usernames = DemoUsers.ALL.stream().map(DemoUser::username).toList();
        List<DemoLogin> found = jdbc.sql("""
                        select username, full_name, role, view_level, view_code
                          from access_user
                         where username in (:usernames)""")
                .param("usernames", usernames)
                .query((rs, i) -> {
                    Scope scope = Scope.of(rs.getString("view_level"), rs.getString("view_code"));
                    return new DemoLogin(rs.getString("username"), rs.getString("full_name"),
                            Role.valueOf(rs.getString("role")), scope, geo.describe(scope), DemoUsers.PASSWORD);
                }).list();
        return found.stream().sorted(Comparator.comparingInt(l -> usernames.indexOf(l.username()))).toList();
    }
}
