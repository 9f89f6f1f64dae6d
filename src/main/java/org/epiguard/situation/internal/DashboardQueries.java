package org.epiguard.situation.internal;

import org.epiguard.geo.AdminLevel;
import org.epiguard.geo.AdminUnit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The dashboard's reads: only the pre-aggregated situation_dash_* tables, each an indexed predicate on
 * the unit's column (province, district or commune code) grouped by day or by part.
 */
@Repository
class DashboardQueries {

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The column of the tables that holds a unit of this level. */
    static String column(AdminLevel level) {
        return switch (level) {
            case PROVINCE -> "province_code";
            case DISTRICT -> "district_code";
            case COMMUNE -> "commune_code";
        };
    }

    /** The column of the unit's parts: the districts of a province, the communes of a district; a commune is its own part. */
    static String partColumn(AdminLevel level) {
        return level == AdminLevel.PROVINCE ? "district_code" : "commune_code";
    }

    private static final String DAY_SUMS = """
            sum(confirmed) as confirmed, sum(community) as community, sum(in_quarantine) as in_quarantine,
            sum(imported) as imported, sum(domestic) as domestic, sum(deaths) as deaths, sum(tests) as tests,
            sum(positive) as positive, sum(negative) as negative""";

    /** The days {@code from..to} of the unit, every day present (zeros where nothing happened). */
    List<DashboardFigures.Day> days(AdminUnit unit, LocalDate from, LocalDate to) {
        Map<LocalDate, DashboardFigures.Day> found = new HashMap<>();
        jdbc.sql("select day, " + DAY_SUMS + " from situation_dash_day where " + column(unit.level())
                        + " = :u and day between :a and :b group by day")
                .param("u", unit.code()).param("a", Date.valueOf(from)).param("b", Date.valueOf(to))
                .query(rs -> {
                    LocalDate d = rs.getDate("day").toLocalDate();
                    found.put(d, day(d, rs));
                });
        return from.datesUntil(to.plusDays(1)).map(d -> found.getOrDefault(d, DashboardFigures.Day.none(d))).toList();
    }

    /** Everything up to {@code to} (inclusive): the cumulative figures since the first case. */
    DashboardFigures.Day upTo(AdminUnit unit, LocalDate to) {
        return jdbc.sql("select " + DAY_SUMS + " from situation_dash_day where " + column(unit.level())
                        + " = :u and day <= :b")
                .param("u", unit.code()).param("b", Date.valueOf(to))
                .query((rs, i) -> day(to, rs)).single();
    }

    /** Per part: the cases of the day {@code to}, and the cases and tests of the days {@code from..to}. */
    Map<String, long[]> partDays(AdminUnit unit, LocalDate from, LocalDate to) {
        Map<String, long[]> parts = new HashMap<>();
        jdbc.sql("select " + partColumn(unit.level()) + " as part, sum(confirmed) filter (where day = :b) as today,"
                        + " sum(confirmed) as confirmed, sum(tests) as tests, sum(positive) as positive,"
                        + " sum(negative) as negative from situation_dash_day where " + column(unit.level())
                        + " = :u and day between :a and :b group by 1")
                .param("u", unit.code()).param("a", Date.valueOf(from)).param("b", Date.valueOf(to))
                .query(rs -> {
                    parts.put(rs.getString("part"), new long[]{rs.getLong("today"), rs.getLong("confirmed"),
                            rs.getLong("tests"), rs.getLong("positive"), rs.getLong("negative")});
                });
        return parts;
    }

    /** The current figures of each part (a commune: itself). */
    Map<String, DashboardFigures.Current> current(AdminUnit unit) {
        Map<String, DashboardFigures.Current> parts = new HashMap<>();
        jdbc.sql("select " + partColumn(unit.level()) + " as part," + """
                         sum(population) as population,
                               sum(quarantine_places) as qp, sum(quarantine_used) as qu,
                               sum(beds_1) as b1, sum(beds_1_used) as b1u, sum(beds_2) as b2, sum(beds_2_used) as b2u,
                               sum(beds_3) as b3, sum(beds_3_used) as b3u, sum(kit_stock) as kits,
                               sum(pop_12_17) as p12, sum(pop_18) as p18, sum(v12_dose1) as v121, sum(v12_dose2) as v122,
                               sum(v18_dose1) as v181, sum(v18_dose2) as v182, sum(v18_dose3) as v183,
                               sum(outreach_listed) as listed, sum(outreach_no_reason) as no_reason,
                               count(*) filter (where outreach_no_reason > 0) as incomplete,
                               count(*) filter (where outreach_declared) as declared
                          from situation_dash_commune where\s""" + column(unit.level()) + " = :u group by 1")
                .param("u", unit.code())
                .query(rs -> {
                    parts.put(rs.getString("part"), new DashboardFigures.Current(nullable(rs, "population"),
                            rs.getLong("qp"), rs.getLong("qu"),
                            List.of(rs.getLong("b1"), rs.getLong("b2"), rs.getLong("b3")),
                            List.of(rs.getLong("b1u"), rs.getLong("b2u"), rs.getLong("b3u")), rs.getLong("kits"),
                            nullable(rs, "p12"), nullable(rs, "p18"), rs.getLong("v121"), rs.getLong("v122"),
                            rs.getLong("v181"), rs.getLong("v182"), rs.getLong("v183"), rs.getLong("listed"),
                            rs.getLong("no_reason"), rs.getLong("incomplete"), rs.getLong("declared")));
                });
        return parts;
    }

    /** The open clusters with cases in the unit, and per part (a cluster over two parts counts in each). */
    Map<String, Long> clusters(AdminUnit unit) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select coalesce(" + partColumn(unit.level()) + ", '') as part, count(distinct cluster_id) as n"
                        + " from situation_dash_cluster where " + column(unit.level()) + " = :u"
                        + " group by grouping sets ((" + partColumn(unit.level()) + "), ())")
                .param("u", unit.code())
                .query(rs -> {
                    counts.put(rs.getString("part"), rs.getLong("n"));
                });
        return counts;
    }

    /** The communes of the unit whose outreach list has people without a reason, most such people first. */
    List<DashboardFigures.OutreachCommune> incompleteOutreach(AdminUnit unit, int limit) {
        return jdbc.sql("select commune_code, district_code, outreach_listed, outreach_no_reason, outreach_declared"
                        + " from situation_dash_commune where " + column(unit.level()) + " = :u and outreach_no_reason > 0"
                        + " order by outreach_no_reason desc, commune_code limit :n")
                .param("u", unit.code()).param("n", limit)
                .query((rs, i) -> new DashboardFigures.OutreachCommune(rs.getString(1), null, rs.getString(2),
                        rs.getLong(3), rs.getLong(4), rs.getBoolean(5)))
                .list();
    }

    /** When the province's figures were last rebuilt and refreshed. */
    Optional<DashboardFigures.Freshness> freshness(String province) {
        return jdbc.sql("select rebuilt_at, places_at, vaccination_at from situation_dash_province where province_code = :p")
                .param("p", province)
                .query((rs, i) -> new DashboardFigures.Freshness(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2)),
                        instant(rs.getTimestamp(3))))
                .optional();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    private static Long nullable(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static DashboardFigures.Day day(LocalDate d, ResultSet rs) throws SQLException {
        return new DashboardFigures.Day(d, rs.getLong("confirmed"), rs.getLong("community"), rs.getLong("in_quarantine"),
                rs.getLong("imported"), rs.getLong("domestic"), rs.getLong("deaths"), rs.getLong("tests"),
                rs.getLong("positive"), rs.getLong("negative"));
    }
}
