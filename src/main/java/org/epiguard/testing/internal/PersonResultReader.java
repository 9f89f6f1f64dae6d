package org.epiguard.testing.internal;

import org.epiguard.access.Scope;
import org.epiguard.testing.PersonResults;
import org.epiguard.testing.TestKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** {@link PersonResults} by plain SQL over testing_test, keeping the view scope in SQL. */
@Repository
class PersonResultReader implements PersonResults {

    private final JdbcClient jdbc;

    PersonResultReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Result> of(long personId, Instant from, Instant to, Scope scope) {
        return ofPeople(List.of(personId), from, to, scope).getOrDefault(personId, List.of());
    }

    @Override
    public Map<Long, List<Result>> ofPeople(Collection<Long> personIds, Instant from, Instant to, Scope scope) {
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select t.id, t.person_id, t.kind, t.outcome, t.result_at from testing_test t
                         where t.person_id = any(:people) and t.result_at >= :from and t.result_at < :to and """
                        + " " + ScopeFilter.sql(scope, "t", "unit_id", "collecting_unit_id", "place_unit_id")
                        + " order by t.person_id, t.result_at, t.id")
                .param("people", personIds.toArray(Long[]::new)).param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("scopeKey", scope.key())
                .query((rs, i) -> new Result(rs.getLong(1), rs.getLong(2), TestKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list().stream()
                .collect(Collectors.groupingBy(Result::personId, LinkedHashMap::new, Collectors.toList()));
    }
}
