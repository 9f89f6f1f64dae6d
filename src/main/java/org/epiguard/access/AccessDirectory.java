package org.epiguard.access;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Who holds a role for a jurisdiction, for other modules that must name the people responsible
 * (e.g. the district command centre of a commune that is late with its list). Only enabled users,
 * only their name and contact details.
 */
@Component
public class AccessDirectory {

    /** A user as others may contact them. */
    public record UserContact(String username, String fullName, String phone, String email) {
    }

    private final JdbcClient jdbc;

    public AccessDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The enabled users with this role whose view scope is exactly this scope, by name. */
    public List<UserContact> usersOf(Role role, Scope scope) {
        return jdbc.sql("""
                        select username, full_name, phone, email from access_user
                         where enabled and role = :role and view_level = :level and view_code = :code
                         order by full_name, username""")
                .param("role", role.name()).param("level", scope.level().name()).param("code", scope.code())
                .query(UserContact.class).list();
    }
}
