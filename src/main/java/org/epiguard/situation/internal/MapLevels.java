package org.epiguard.situation.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The levels the map colours its units by, from the stored assessments only (never a recomputation):
 * per unit the latest assessment on or before the date (its level, 7-day cases and population) and the
 * level in force as the levels page shows it (the latest assessed at least 48 h before; the assessed
 * one when there is none). One statement: an index look-up per unit on the primary key.
 */
@Component
class MapLevels {

    private final JdbcClient jdbc;

    MapLevels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A unit's stored level: {@code assessedOn} null when it was never assessed up to the date. */
    record UnitLevel(String code, LocalDate assessedOn, Integer assessedLevel, Integer levelInForce, long newCases,
                     long population) {

        /** New cases per 100,000 people over the 7 days assessed; null without a population. */
        Double casesPer100k() {
            return population <= 0 ? null : Math.round(newCases * 1_000_000.0 / population) / 10.0;
        }
    }

    Map<String, UnitLevel> of(List<String> unitCodes, LocalDate date) {
        Map<String, UnitLevel> out = new HashMap<>();
        jdbc.sql("""
                        select u.code, a.on_date, a.level,
                               case when f.found then f.level else a.level end as in_force,
                               coalesce((a.inputs ->> 'newCases')::bigint, 0) as new_cases,
                               coalesce((a.inputs ->> 'population')::bigint, 0) as population
                          from unnest(cast(:codes as text[])) as u(code)
                          left join lateral (select s.on_date, s.level, s.inputs from situation_assessment s
                                              where s.unit_code = u.code and s.on_date <= :d
                                              order by s.on_date desc limit 1) a on true
                          left join lateral (select true as found, s.level from situation_assessment s
                                              where s.unit_code = u.code and s.on_date <= :inForce
                                              order by s.on_date desc limit 1) f on true""")
                .param("codes", unitCodes.toArray(String[]::new)).param("d", date)
                .param("inForce", date.minusDays(LevelViews.NOTICE_DAYS))
                .query((rs, i) -> new UnitLevel(rs.getString("code"), rs.getObject("on_date", LocalDate.class),
                        (Integer) rs.getObject("level"), (Integer) rs.getObject("in_force"), rs.getLong("new_cases"),
                        rs.getLong("population")))
                .list().forEach(l -> out.put(l.code(), l));
        return out;
    }
}
