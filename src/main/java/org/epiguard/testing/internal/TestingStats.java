package org.epiguard.testing.internal;

import org.epiguard.access.Scope;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.testing.TestKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tests per day by kind with the positivity rate, and per district or commune, over a period: one
 * set-based query each, grouped in SQL, inside the user's view scope and the shown area.
 */
@Repository
class TestingStats {

    record Day(LocalDate day, TestCounts counts) {
    }

    record Part(String code, String name, TestCounts counts) {
    }

    record Figures(String areaCode, String areaName, LocalDate from, LocalDate to, List<Day> days, List<Part> parts,
                   TestCounts total) {

        /** The most tests on one day (the scale of the bars). */
        public long busiestDay() {
            return days.stream().mapToLong(d -> d.counts().all().tests()).max().orElse(0);
        }
    }

    private record Group(String day, String part, TestKind kind, Outcome outcome, long n) {
    }

    private final JdbcClient jdbc;
    private final GeoDirectory geo;

    TestingStats(JdbcClient jdbc, GeoDirectory geo) {
        this.jdbc = jdbc;
        this.geo = geo;
    }

    Figures tests(Scope scope, StatsArea.Area area, String areaName, StatsPeriod period) {
        Map<String, TestCounts> byDay = new LinkedHashMap<>();
        period.days().forEach(d -> byDay.put(d.toString(), TestCounts.empty()));
        Map<String, TestCounts> byPart = new java.util.TreeMap<>();
        TestCounts total = TestCounts.empty();
        for (Group g : grouped(scope, area, period)) {
            if (g.day() != null) {
                byDay.merge(g.day(), TestCounts.empty().plus(g.kind(), g.outcome(), g.n()),
                        (a, b) -> a.plus(g.kind(), g.outcome(), g.n()));
                total = total.plus(g.kind(), g.outcome(), g.n());
            } else {
                byPart.merge(g.part(), TestCounts.empty().plus(g.kind(), g.outcome(), g.n()),
                        (a, b) -> a.plus(g.kind(), g.outcome(), g.n()));
            }
        }
        List<Day> days = byDay.entrySet().stream().map(e -> new Day(LocalDate.parse(e.getKey()), e.getValue())).toList();
        List<Part> parts = byPart.entrySet().stream().map(e -> new Part(e.getKey(), geo.name(e.getKey()), e.getValue())).toList();
        return new Figures(area.code(), areaName, period.from(), period.to(), days, parts, total);
    }

    /** One pass over the tests, grouped twice (grouping sets): by day, and by part of the area. */
    private List<Group> grouped(Scope scope, StatsArea.Area area, StatsPeriod period) {
        return jdbc.sql("""
                        select cast(x.day as text) as day, x.part, x.kind, x.outcome, count(*) as n
                          from (select cast((t.result_at at time zone 'Asia/Ho_Chi_Minh') as date) as day,\s"""
                        + area.partColumn("t") + " as part, t.kind, t.outcome from testing_test t"
                        + " where t.from_pool_test_id is null and t.result_at >= :start and t.result_at < :end and "
                        + ScopeFilter.sql(scope, "t", "unit_id", "collecting_unit_id", "place_unit_id")
                        + " and " + area.sql("t") + """
                        ) x
                         group by grouping sets ((x.day, x.kind, x.outcome), (x.part, x.kind, x.outcome))""")
                .param("start", Timestamp.from(period.start())).param("end", Timestamp.from(period.end()))
                .param("scopeKey", scope.key()).param("area", area.code())
                .query((rs, i) -> new Group(rs.getString("day"), rs.getString("part"), TestKind.valueOf(rs.getString("kind")),
                        Outcome.valueOf(rs.getString("outcome")), rs.getLong("n")))
                .list();
    }
}
