package org.epiguard.cases.internal;

import org.epiguard.access.Location;
import org.epiguard.access.Scope;
import org.epiguard.access.ScopeLevel;
import org.epiguard.cases.TracedCase;
import org.epiguard.cases.TracedCases;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** {@link TracedCases} on cases_case, filtered by the reader's scope in SQL. */
@Repository
class TracingCheckinsCaseReader implements TracedCases {

    private static final RowMapper<TracedCase> MAPPER = (rs, i) -> new TracedCase(rs.getLong("id"),
            rs.getLong("person_id"), rs.getString("status"),
            rs.getDate("onset_date") == null ? null : rs.getDate("onset_date").toLocalDate(),
            instant(rs.getTimestamp("confirmed_at")), instant(rs.getTimestamp("isolated_at")),
            instant(rs.getTimestamp("suspected_at")),
            new Location(rs.getString("province_code"), rs.getString("district_code"), rs.getString("commune_code"),
                    rs.getObject("reporting_unit_id", Long.class)));

    private final JdbcClient jdbc;

    TracingCheckinsCaseReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TracedCase> find(long caseId, Scope viewScope) {
        var sql = jdbc.sql("select * from cases_case c where c.id = :id and " + viewScope.sql("c", "reporting_unit_id"))
                .param("id", caseId);
        return bindScope(sql, viewScope).query(MAPPER).optional();
    }

    @Override
    public List<TracedCase> confirmedBetween(Scope viewScope, Instant from, Instant to, int limit) {
        var sql = jdbc.sql("""
                        select * from cases_case c
                         where c.confirmed_at >= :from and c.confirmed_at < :to and c.status <> 'DISCARDED'
                           and %s
                         order by c.confirmed_at desc, c.id desc limit :limit""".formatted(viewScope.sql("c", "reporting_unit_id")))
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).param("limit", limit);
        return bindScope(sql, viewScope).query(MAPPER).list();
    }

    private static JdbcClient.StatementSpec bindScope(JdbcClient.StatementSpec sql, Scope scope) {
        return scope.level() == ScopeLevel.NATION ? sql : sql.param("scopeKey", scope.key());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
