package org.epiguard.access.internal;

import org.epiguard.platform.web.ListPage;

import org.epiguard.access.Scope;
import org.epiguard.platform.web.ListQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Map;

/** The administrator's list of users, always limited in SQL to the administrator's view scope. */
@Repository
class UserList {

    static final Map<String, String> SORTABLE = Map.of(
            "username", "u.username", "fullName", "u.full_name", "role", "u.role",
            "district", "u.district_code", "lastLogin", "u.last_login_at", "created", "u.created_at");

    private final JdbcClient jdbc;

    UserList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    ListPage<UserAccount> page(UserFilter filter, ListQuery query, Scope adminScope) {
        String where = where(filter, adminScope);
        long total = bind(jdbc.sql("select count(*) from access_user u where " + where), filter, adminScope)
                .query(Long.class).single();
        List<UserAccount> rows = bind(jdbc.sql("select " + UserAccounts.COLUMNS + " from access_user u where " + where
                        + query.orderBy(SORTABLE) + ", u.id limit :limit offset :offset"), filter, adminScope)
                .param("limit", query.size()).param("offset", query.offset())
                .query(UserAccounts.MAPPER).list();
        return new ListPage<>(rows, total, query);
    }

    List<UserAccount> all(UserFilter filter, ListQuery query, Scope adminScope) {
        return bind(jdbc.sql("select " + UserAccounts.COLUMNS + " from access_user u where " + where(filter, adminScope)
                + query.orderBy(SORTABLE) + ", u.id"), filter, adminScope).query(UserAccounts.MAPPER).list();
    }

    private static String where(UserFilter f, Scope adminScope) {
        StringBuilder sql = new StringBuilder(adminScope.sql("u", "unit_id"));
        if (f.role() != null) {
            sql.append(" and u.role = :role");
        }
        if (f.district() != null) {
            sql.append(" and u.district_code = :district");
        }
        if (f.text() != null) {
            sql.append(" and eg_fold(u.username || ' ' || u.full_name) like '%' || eg_fold(:text) || '%'");
        }
        return sql.toString();
    }

    private static StatementSpec bind(StatementSpec spec, UserFilter f, Scope adminScope) {
        spec = spec.param("scopeKey", adminScope.key());
        if (f.role() != null) {
            spec = spec.param("role", f.role().name());
        }
        if (f.district() != null) {
            spec = spec.param("district", f.district());
        }
        if (f.text() != null) {
            spec = spec.param("text", f.text());
        }
        return spec;
    }
}
