package org.epiguard.isolation.internal;

import org.epiguard.isolation.OccupancyFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link OccupancyFigures}: facilities and treatment places with their running episodes, grouped by commune. */
@Component
class DashboardOccupancyFigures implements OccupancyFigures {

    private final JdbcClient jdbc;

    DashboardOccupancyFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CommunePlaces> now(String provinceCode) {
        Map<String, long[]> byCommune = new LinkedHashMap<>();
        jdbc.sql("""
                        with occ as (select e.place_unit_id, count(*) as n from isolation_episode e
                                      where e.status = 'ACTIVE' and e.place_unit_id is not null and e.province_code = :p
                                      group by 1)
                        select u.commune_code, 0 as tier, sum(coalesce(u.capacity, 0)) as places, sum(coalesce(occ.n, 0)) as used
                          from geo_org_unit u left join occ on occ.place_unit_id = u.id
                         where u.unit_type = 'QUARANTINE_FACILITY' and u.active and u.province_code = :p
                         group by 1
                        union all
                        select tp.commune_code, tp.tier, sum(tp.beds), sum(coalesce(occ.n, 0))
                          from isolation_treatment_place tp left join occ on occ.place_unit_id = tp.unit_id
                         where tp.province_code = :p
                         group by 1, 2""")
                .param("p", provinceCode)
                .query(rs -> {
                    long[] f = byCommune.computeIfAbsent(rs.getString("commune_code"), k -> new long[8]);
                    int tier = rs.getInt("tier");
                    f[tier * 2] += rs.getLong("places");
                    f[tier * 2 + 1] += rs.getLong("used");
                });
        return byCommune.entrySet().stream().map(e -> {
            long[] f = e.getValue();
            return new CommunePlaces(e.getKey(), f[0], f[1], new long[]{f[2], f[4], f[6]}, new long[]{f[3], f[5], f[7]});
        }).toList();
    }
}
