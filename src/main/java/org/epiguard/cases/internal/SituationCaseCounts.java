package org.epiguard.cases.internal;

import org.epiguard.cases.CaseCounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

/**
 * {@link CaseCounts} for the situation module: set-based SQL over cases_case, one scan of the
 * confirmed and died times in the window (indexes cases_case_commune_confirmed and
 * cases_case_province_confirmed). The business day of an instant t with cut-off hour h is
 * {@code date(local(t) − h hours − 1 µs) + 1}, so 16:00:00 belongs to its day and 16:00:01 to the next.
 */
@Component
class SituationCaseCounts implements CaseCounts {

    private static final String COUNTED = "c.status not in ('SUSPECTED', 'DISCARDED') and c.confirmed_at is not null";

    private final JdbcClient jdbc;

    SituationCaseCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CommuneDayCount> perCommuneDay(LocalDate first, LocalDate last, int cutoffHour, String provinceCode) {
        Timestamp from = Timestamp.from(CaseCounts.cutoff(first.minusDays(1), cutoffHour));
        Timestamp to = Timestamp.from(CaseCounts.cutoff(last, cutoffHour));
        String province = provinceCode == null ? "" : " and c.province_code = :province";
        var spec = jdbc.sql("""
                with events as (
                    select c.province_code, c.district_code, c.commune_code, c.confirmed_at as at, true as confirmed,
                           c.found_in_quarantine, c.imported
                      from cases_case c
                     where %1$s and c.confirmed_at > :from and c.confirmed_at <= :to%2$s
                    union all
                    select c.province_code, c.district_code, c.commune_code, c.died_at, false, false, false
                      from cases_case c
                     where %1$s and c.died_at > :from and c.died_at <= :to%2$s
                )
                select (((at at time zone 'Asia/Ho_Chi_Minh') - make_interval(hours => :hour)
                          - interval '1 microsecond')::date + 1) as day,
                       province_code, district_code, commune_code,
                       count(*) filter (where confirmed) as confirmed,
                       count(*) filter (where confirmed and not found_in_quarantine) as community,
                       count(*) filter (where confirmed and found_in_quarantine) as in_quarantine,
                       count(*) filter (where confirmed and imported) as imported,
                       count(*) filter (where confirmed and not imported) as domestic,
                       count(*) filter (where not confirmed) as deaths
                  from events
                 group by 1, 2, 3, 4
                 order by 1, 4""".formatted(COUNTED, province))
                .param("from", from).param("to", to).param("hour", cutoffHour);
        if (provinceCode != null) {
            spec = spec.param("province", provinceCode);
        }
        return spec.query((rs, i) -> new CommuneDayCount(rs.getObject("day", LocalDate.class),
                rs.getString("province_code"), rs.getString("district_code"), rs.getString("commune_code"),
                rs.getLong("confirmed"), rs.getLong("community"), rs.getLong("in_quarantine"),
                rs.getLong("imported"), rs.getLong("domestic"), rs.getLong("deaths"))).list();
    }

    @Override
    public Cumulative cumulative(String unitCode, LocalDate day, int cutoffHour) {
        String column = switch (unitCode.length()) {
            case 2 -> "province_code";
            case 3 -> "district_code";
            case 5 -> "commune_code";
            default -> throw new IllegalArgumentException("not a GSO province, district or commune code: " + unitCode);
        };
        Timestamp to = Timestamp.from(CaseCounts.cutoff(day, cutoffHour));
        return jdbc.sql("""
                        select count(*) as total, count(*) filter (where c.imported) as imported,
                               count(*) filter (where not c.imported) as domestic,
                               count(*) filter (where c.died_at <= :to) as deaths
                          from cases_case c
                         where %s and c.%s = :unit and c.confirmed_at <= :to""".formatted(COUNTED, column))
                .param("unit", unitCode).param("to", to)
                .query((rs, i) -> new Cumulative(rs.getLong("total"), rs.getLong("imported"), rs.getLong("domestic"),
                        rs.getLong("deaths")))
                .single();
    }
}
