package org.epiguard.cases.internal;

import org.epiguard.access.Scope;
import org.epiguard.cases.CaseContactsView;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** {@link CaseContactsView} on cases_case. */
@Repository
class ContactsCaseView implements CaseContactsView {

    private static final String COLUMNS = """
            select c.id, c.person_id, c.status, c.confirmed_at, c.source_known, c.province_code, c.district_code,
                   c.commune_code, c.reporting_unit_id
              from cases_case c
            """;

    private static final RowMapper<TracedCase> MAPPER = (rs, i) -> {
        Timestamp confirmed = rs.getTimestamp("confirmed_at");
        return new TracedCase(rs.getLong("id"), rs.getLong("person_id"), rs.getString("status"),
                confirmed == null ? null : confirmed.toInstant(), rs.getObject("source_known", Boolean.class),
                rs.getString("province_code"), rs.getString("district_code"), rs.getString("commune_code"),
                rs.getObject("reporting_unit_id", Long.class));
    };

    private final JdbcClient jdbc;

    ContactsCaseView(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TracedCase> find(Scope viewScope, long caseId) {
        return jdbc.sql(COLUMNS + " where c.id = :id and c.status <> 'DISCARDED' and "
                        + viewScope.sql("c", "reporting_unit_id"))
                .param("id", caseId).param("scopeKey", viewScope.key()).query(MAPPER).optional();
    }

    @Override
    public Optional<TracedCase> latestOfPerson(long personId) {
        return jdbc.sql(COLUMNS + """
                         where c.person_id = :p and c.status <> 'DISCARDED'
                         order by coalesce(c.confirmed_at, c.suspected_at, c.created_at) desc, c.id desc limit 1""")
                .param("p", personId).query(MAPPER).optional();
    }

    @Override
    public List<TracedCase> ofPeople(Collection<Long> personIds) {
        if (personIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where c.person_id = any(:ids) and c.status <> 'DISCARDED' order by c.id")
                .param("ids", personIds.toArray(Long[]::new)).query(MAPPER).list();
    }

    @Override
    public List<TracedCase> byIds(Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where c.id = any(:ids) order by c.id")
                .param("ids", caseIds.toArray(Long[]::new)).query(MAPPER).list();
    }

    @Override
    public List<TracedCase> confirmedSince(Instant since) {
        return jdbc.sql(COLUMNS + """
                         where c.confirmed_at >= :since and c.status in ('CONFIRMED', 'ISOLATED', 'RECOVERED', 'DIED')
                         order by c.confirmed_at, c.id""")
                .param("since", Timestamp.from(since)).query(MAPPER).list();
    }

    @Override
    public List<TracedCase> unknownSource(Scope viewScope) {
        return jdbc.sql(COLUMNS + """
                         where c.source_known = false and c.status in ('CONFIRMED', 'ISOLATED', 'RECOVERED', 'DIED')
                           and\s""" + viewScope.sql("c", "reporting_unit_id") + """

                         order by c.commune_code, c.confirmed_at desc, c.id""")
                .param("scopeKey", viewScope.key()).query(MAPPER).list();
    }
}
