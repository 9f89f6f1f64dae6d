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
        List<Figures> bySite = new ArrayList<>();
        List<Figures> byLab = new ArrayList<>();
        Figures[] all = {new Figures("all", null, null, 0, null, null, 0, null, null)};
        jdbc.sql(sql(scope))
                .param("from", Timestamp.from(from.get().atStartOfDay(Fields.ZONE).toInstant()))
                .param("to", Timestamp.from(to.get().plusDays(1).atStartOfDay(Fields.ZONE).toInstant()))
                .param("scopeKey", scope.key())
                .query(rs -> {
                    Figures f = new Figures(rs.getString("key"), rs.getObject("unit_id", Long.class), rs.getString("name"),
                            rs.getLong("n"), rs.getBigDecimal("med"), rs.getBigDecimal("p90"), rs.getLong("rn"),
                            rs.getBigDecimal("rmed"), rs.getBigDecimal("rp90"));
                    switch (rs.getString("part")) {
                        case "site" -> bySite.add(f);
                        case "lab" -> byLab.add(f);
                        default -> all[0] = f;
                    }
                });
        return new Report(from.get(), to.get(), all[0], bySite, byLab);
    }

    /** The report's query for a scope: binds :from, :to (instants, end excluded) and :scopeKey. */
    static String sql(Scope scope) {
        return """
                with first_result as (
                    select t.sample_id, t.result_at, t.unit_id
                      from testing_test t
                     where t.sample_id is not null and t.kind in ('PCR_SINGLE', 'PCR_POOL') and t.outcome <> 'INVALID'
                       and t.result_at >= :from and t.result_at < :to
                       and not exists (select 1 from testing_test e
                                        where e.sample_id = t.sample_id and e.kind in ('PCR_SINGLE', 'PCR_POOL')
                                          and e.outcome <> 'INVALID' and (e.result_at, e.id) < (t.result_at, t.id))
                ), r as (
                    select s.collecting_unit_id as site_unit,
                           case when s.collecting_unit_id is null then s.place_commune_code end as site_commune,
                           f.unit_id as lab_unit,
                           extract(epoch from f.result_at - s.collected_at)::float8 / 3600 as collection_hours,
                           extract(epoch from f.result_at - m.received_at)::float8 / 3600 as receipt_hours
                      from first_result f
                      join testing_sample s on s.id = f.sample_id
                      left join testing_manifest_item i on i.sample_id = s.id and i.received
                      left join testing_manifest m on m.id = i.manifest_id
                     where %s
                ), g as (
                    select grouping(site_unit, site_commune) = 0 as is_site, grouping(lab_unit) = 0 as is_lab,
                           site_unit, site_commune, lab_unit, count(*) as n,
                           percentile_cont(0.5) within group (order by collection_hours) as med,
                           percentile_cont(0.9) within group (order by collection_hours) as p90,
                           count(receipt_hours) as rn,
                           percentile_cont(0.5) within group (order by receipt_hours) as rmed,
                           percentile_cont(0.9) within group (order by receipt_hours) as rp90
                      from r
                     group by grouping sets ((site_unit, site_commune), (lab_unit), ())
                )
                select case when is_site then 'site' when is_lab then 'lab' else 'all' end as part,
                       case when is_site then coalesce('unit:' || site_unit, 'commune:' || site_commune)
                            when is_lab then coalesce('unit:' || lab_unit, 'none') else 'all' end as key,
                       case when is_site then site_unit else lab_unit end as unit_id,
                       case when is_site then coalesce(su.name, c.name) when is_lab then lu.name end as name,
                       n, round(med::numeric, 1) as med, round(p90::numeric, 1) as p90, rn,
                       round(rmed::numeric, 1) as rmed, round(rp90::numeric, 1) as rp90
                  from g
                  left join geo_org_unit su on su.id = g.site_unit
                  left join geo_admin_unit c on c.code = g.site_commune
                  left join geo_org_unit lu on lu.id = g.lab_unit
                 order by 4, 2""".formatted(ScopeFilter.sql(scope, "s", "collecting_unit_id", "place_unit_id", "lab_unit_id"));
    }
}
