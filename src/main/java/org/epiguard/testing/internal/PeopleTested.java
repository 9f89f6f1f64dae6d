package org.epiguard.testing.internal;

import org.epiguard.access.Scope;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.epiguard.testing.TestKind;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The people tested in the last days in a unit: a commune (its residents) or an organisation unit
 * (samples it collected or that were taken there). A person counts once, with their number of
 * samples, the last collection and the last result. Every query keeps the user's view scope in SQL.
 */
@Repository
class PeopleTested {

    static final Map<String, String> SORTABLE = Map.of("name", "p.full_name, p.id", "birth", "p.birth_year, p.id",
            "last", "x.last_at, p.id", "samples", "x.samples, p.id");

    /** Where: a commune's residents or what an organisation unit collected or hosted. */
    record Where(String communeCode, Long unitId) {

        String sql(String alias) {
            return communeCode != null ? alias + ".commune_code = :commune"
                    : "(" + alias + ".collecting_unit_id = :unit or " + alias + ".place_unit_id = :unit)";
        }
    }

    record Person(long personId, String fullName, Integer birthYear, String phone, String addressText, String communeCode,
                  long samples, Instant lastCollectedAt, TestKind lastKind, Outcome lastOutcome, Instant lastResultAt) {
    }

    record Summary(long people, long samples) {
    }

    private final JdbcClient jdbc;

    PeopleTested(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static String tested(Scope scope, Where where, String alias) {
        return "from testing_sample " + alias + " where " + alias + ".collected_at >= :since and " + where.sql(alias)
                + " and " + ScopeFilter.sql(scope, alias, "collecting_unit_id", "place_unit_id", "lab_unit_id");
    }

    Summary summary(Scope scope, Where where, Instant since) {
        return jdbc.sql("select count(distinct s.person_id) as people, count(*) as samples " + tested(scope, where, "s"))
                .params(params(scope, where, since))
                .query((rs, i) -> new Summary(rs.getLong("people"), rs.getLong("samples"))).single();
    }

    ListPage<Person> page(Scope scope, Where where, Instant since, ListQuery query) {
        long total = summary(scope, where, since).people();
        var rows = jdbc.sql(select(scope, where) + query.orderBy(SORTABLE) + " limit :limit offset :offset")
                .params(params(scope, where, since)).param("limit", query.size()).param("offset", query.offset())
                .query(MAPPER).list();
        return new ListPage<>(rows, total, query);
    }

    /** Every person of the list, in name order, one at a time (for the export). */
    void each(Scope scope, Where where, Instant since, Consumer<Person> sink) {
        try (var rows = jdbc.sql(select(scope, where) + " order by p.full_name, p.id").params(params(scope, where, since))
                .query(MAPPER).stream()) {
            rows.forEach(sink);
        }
    }

    private static String select(Scope scope, Where where) {
        return """
                with x as (select s.person_id, count(*) as samples, max(s.collected_at) as last_at\s"""
                + tested(scope, where, "s") + """
                 group by s.person_id)
                select p.id, p.full_name, p.birth_year, p.phone, p.address_text, p.commune_code, x.samples, x.last_at,
                       r.kind, r.outcome, r.result_at
                  from x
                  join people_person p on p.id = x.person_id
                  left join lateral (select t.kind, t.outcome, t.result_at from testing_test t
                                      where t.person_id = x.person_id and exists (select 1\s"""
                + tested(scope, where, "r2") + """
                 and r2.id = t.sample_id)
                                      order by t.result_at desc, t.id desc limit 1) r on true
                """;
    }

    private static Map<String, Object> params(Scope scope, Where where, Instant since) {
        var params = new java.util.HashMap<String, Object>();
        params.put("scopeKey", scope.key());
        params.put("since", Timestamp.from(since));
        params.put("commune", where.communeCode());
        params.put("unit", where.unitId());
        return params;
    }

    private static final RowMapper<Person> MAPPER = (rs, i) -> new Person(rs.getLong("id"), rs.getString("full_name"),
            rs.getObject("birth_year", Integer.class), rs.getString("phone"), rs.getString("address_text"),
            rs.getString("commune_code"), rs.getLong("samples"), rs.getTimestamp("last_at").toInstant(),
            rs.getString("kind") == null ? null : TestKind.valueOf(rs.getString("kind")),
            rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
            rs.getTimestamp("result_at") == null ? null : rs.getTimestamp("result_at").toInstant());
}
