package org.epiguard.testing.internal;

import org.epiguard.access.AccessContext;
import org.epiguard.access.CurrentUser;
import org.epiguard.access.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turnaround times of RT-PCR results, in hours: from collection to the sample's first valid RT-PCR
 * result (its own or its negative pool's), and from the lab's receipt of its manifest to that result;
 * median, 90th percentile and count, by collection site (the collecting unit, else the commune where
 * the sample was taken) and by lab (the unit that gave the result), for the results of a date range,
 * over the samples in the user's view scope (a district or province: of its people; a unit: what it
 * collected, was sent or tested).
 */
@Service
class Turnaround {

    static final int MAX_DAYS = 366;

    record Figures(String key, Long unitId, String name, long count, BigDecimal medianHours, BigDecimal p90Hours,
                   long receivedCount, BigDecimal receiptMedianHours, BigDecimal receiptP90Hours) {
    }

    record Report(LocalDate from, LocalDate to, Figures total, List<Figures> bySite, List<Figures> byLab) {
    }

    private final AccessContext access;
    private final JdbcClient jdbc;

    Turnaround(AccessContext access, JdbcClient jdbc) {
        this.access = access;
        this.jdbc = jdbc;
    }

    /** The report of results dated from..to (inclusive, local days); bad dates refused by field. */
    Report report(String fromText, String toText) {
        CurrentUser user = access.currentUser();
        TestingAccess.requireRead(user);
        List<TestingProblem> problems = new ArrayList<>();
        var from = Fields.date("from", fromText, problems);
        var to = Fields.date("to", toText, problems);
        if (from.isPresent() && to.isPresent()) {
            if (to.get().isBefore(from.get())) {
                problems.add(TestingProblem.of("to", "BEFORE_FROM", Fields.show(from.get())));
            } else if (from.get().plusDays(MAX_DAYS).isBefore(to.get())) {
                problems.add(TestingProblem.of("to", "RANGE_TOO_LONG", MAX_DAYS));
            }
        }
        InvalidTestingInput.throwIfAny(problems);
        Scope scope = user.viewScope();
        String grouped = """
                with first_result as (
                    select distinct on (t.sample_id) t.sample_id, t.result_at, t.unit_id
                      from testing_test t
                     where t.sample_id is not null and t.kind in ('PCR_SINGLE', 'PCR_POOL') and t.outcome <> 'INVALID'
                     order by t.sample_id, t.result_at, t.id
                ), r as (
                    select s.collecting_unit_id, s.place_commune_code, f.unit_id as lab_id,
                           extract(epoch from f.result_at - s.collected_at) / 3600 as collection_hours,
                           extract(epoch from f.result_at - m.received_at) / 3600 as receipt_hours
                      from first_result f
                      join testing_sample s on s.id = f.sample_id
                      left join testing_manifest_item i on i.sample_id = s.id and i.received
                      left join testing_manifest m on m.id = i.manifest_id
                     where f.result_at >= :from and f.result_at < :to and %s
                )
                select %s as key, %s as unit_id, %s as name, count(*) as n,
                       round(percentile_cont(0.5) within group (order by collection_hours)::numeric, 1) as med,
                       round(percentile_cont(0.9) within group (order by collection_hours)::numeric, 1) as p90,
                       count(receipt_hours) as rn,
                       round(percentile_cont(0.5) within group (order by receipt_hours)::numeric, 1) as rmed,
                       round(percentile_cont(0.9) within group (order by receipt_hours)::numeric, 1) as rp90
                  from r
                  left join geo_org_unit u on u.id = %s
                  left join geo_admin_unit c on c.code = r.place_commune_code
                 group by 1, 2, 3
                 order by 3, 1""";
        String where = ScopeFilter.sql(scope, "s", "collecting_unit_id", "place_unit_id", "lab_unit_id");
        var start = Timestamp.from(from.get().atStartOfDay(Fields.ZONE).toInstant());
        var end = Timestamp.from(to.get().plusDays(1).atStartOfDay(Fields.ZONE).toInstant());
        List<Figures> bySite = figures(grouped.formatted(where,
                "coalesce('unit:' || r.collecting_unit_id, 'commune:' || r.place_commune_code)", "r.collecting_unit_id",
                "coalesce(u.name, c.name)", "r.collecting_unit_id"), scope, start, end);
        List<Figures> byLab = figures(grouped.formatted(where, "coalesce('unit:' || r.lab_id, 'none')", "r.lab_id",
                "u.name", "r.lab_id"), scope, start, end);
        List<Figures> total = figures(grouped.formatted(where, "'all'", "null::bigint", "null::text", "null::bigint"),
                scope, start, end);
        Figures all = total.isEmpty() ? new Figures("all", null, null, 0, null, null, 0, null, null) : total.getFirst();
        return new Report(from.get(), to.get(), all, bySite, byLab);
    }

    private List<Figures> figures(String sql, Scope scope, Timestamp from, Timestamp to) {
        return jdbc.sql(sql).param("from", from).param("to", to).param("scopeKey", scope.key())
                .query((rs, i) -> new Figures(rs.getString("key"), rs.getObject("unit_id", Long.class), rs.getString("name"),
                        rs.getLong("n"), rs.getBigDecimal("med"), rs.getBigDecimal("p90"), rs.getLong("rn"),
                        rs.getBigDecimal("rmed"), rs.getBigDecimal("rp90")))
                .list();
    }
}
