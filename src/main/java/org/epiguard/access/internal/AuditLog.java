package org.epiguard.access.internal;

import org.epiguard.platform.web.ListPage;

import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;
import org.epiguard.platform.web.ListQuery;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads the audit trail for an administrator. Which records an administrator sees (in SQL):
 * a record that carries a place (province_code) is visible when that place lies inside the
 * administrator's view scope; a record without a place (logins, own password and token changes,
 * exports) is visible when the user who acted lies inside that scope (by access_user's place);
 * a national scope sees everything.
 */
@Repository
class AuditLog {

    static final Map<String, String> SORTABLE = Map.of("at", "a.at", "username", "a.username", "action", "a.action",
            "entity", "a.entity_type");
    static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final RowMapper<AuditEntry> mapper;

    AuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
        this.mapper = (rs, i) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                (Long) rs.getObject("user_id"), rs.getString("username"), rs.getString("remote_addr"),
                rs.getString("action"), rs.getString("entity_type"), rs.getString("entity_id"),
                rs.getString("province_code"), rs.getString("district_code"), rs.getString("commune_code"),
                rs.getString("summary"), map(rs.getString("before")), map(rs.getString("after")));
    }

    ListPage<AuditEntry> page(AuditFilter filter, ListQuery query, Scope scope) {
        String where = where(filter, scope);
        long total = bind(jdbc.sql("select count(*) from access_audit a where " + where), filter, scope)
                .query(Long.class).single();
        List<AuditEntry> rows = bind(jdbc.sql("select a.* from access_audit a where " + where + query.orderBy(SORTABLE)
                + ", a.id desc limit :limit offset :offset"), filter, scope)
                .param("limit", query.size()).param("offset", query.offset()).query(mapper).list();
        return new ListPage<>(rows, total, query);
    }

    void each(AuditFilter filter, ListQuery query, Scope scope, int limit, Consumer<AuditEntry> sink) {
        try (var rows = bind(jdbc.sql("select a.* from access_audit a where " + where(filter, scope)
                + query.orderBy(SORTABLE) + ", a.id desc limit :limit"), filter, scope)
                .param("limit", limit).query(mapper).stream()) {
            rows.forEach(sink);
        }
    }

    private static String where(AuditFilter f, Scope scope) {
        StringBuilder sql = new StringBuilder("((a.province_code is not null and ").append(scope.sql("a", null))
                .append(") or (a.province_code is null and exists (select 1 from access_user u where u.id = a.user_id and ")
                .append(scope.sql("u", "unit_id")).append(")) or ").append(scope.level() == ScopeLevel.NATION)
                .append(")");
        if (f.username() != null) {
            sql.append(" and a.username = :username");
        }
        if (f.action() != null) {
            sql.append(" and a.action = :action");
        }
        if (f.entityType() != null) {
            sql.append(" and a.entity_type = :entityType");
        }
        if (f.entityId() != null) {
            sql.append(" and a.entity_id = :entityId");
        }
        if (f.from() != null) {
            sql.append(" and a.at >= :from");
        }
        if (f.to() != null) {
            sql.append(" and a.at < :to");
        }
        return sql.toString();
    }

    private static StatementSpec bind(StatementSpec spec, AuditFilter f, Scope scope) {
        spec = spec.param("scopeKey", scope.key());
        if (f.username() != null) {
            spec = spec.param("username", f.username());
        }
        if (f.action() != null) {
            spec = spec.param("action", f.action().name());
        }
        if (f.entityType() != null) {
            spec = spec.param("entityType", f.entityType());
        }
        if (f.entityId() != null) {
            spec = spec.param("entityId", f.entityId());
        }
        if (f.from() != null) {
            spec = spec.param("from", startOf(f.from()));
        }
        if (f.to() != null) {
            spec = spec.param("to", startOf(f.to().plusDays(1)));
        }
        return spec;
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day.atStartOfDay(BUSINESS_ZONE).toOffsetDateTime();
    }

    private Map<String, Object> map(String text) {
        return text == null ? null : json.readValue(text, MAP);
    }
}
