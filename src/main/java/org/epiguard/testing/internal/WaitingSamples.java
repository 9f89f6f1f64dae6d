package org.epiguard.testing.internal;

import org.epiguard.access.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Samples waiting for a result, by lab and collection site, with their age since collection
 * (under 24 hours, 24 to 48 hours, over 48 hours) and the oldest. A sample waits while it has no
 * positive or negative result of its own and, when pooled, its pool has none either (an invalid
 * result is re-run, so it still waits). One grouped query inside the view scope and the area.
 */
@Repository
class WaitingSamples {

    /** One lab and site: a null lab is a sample not sent to a lab yet; the site is a unit or else the place's commune. */
    record Row(Long labUnitId, String labName, Long siteUnitId, String siteName, String siteCommuneCode,
               long under24h, long from24to48h, long over48h, Instant oldest) {

        public long total() {
            return under24h + from24to48h + over48h;
        }
    }

    private final JdbcClient jdbc;

    WaitingSamples(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> byLabAndSite(Scope scope, StatsArea.Area area, Instant now) {
        return jdbc.sql("""
                        with waiting as (
                            select s.lab_unit_id, coalesce(s.collecting_unit_id, s.place_unit_id) as site_id,
                                   s.place_commune_code, s.collected_at
                              from testing_sample s
                              left join testing_pool_member m on m.sample_id = s.id
                             where not exists (select 1 from testing_test t where t.sample_id = s.id and t.outcome <> 'INVALID')
                               and (m.pool_id is null or not exists (select 1 from testing_test t where t.pool_id = m.pool_id
                                                                        and t.sample_id is null and t.outcome <> 'INVALID'))
                               and\s""" + ScopeFilter.sql(scope, "s", "collecting_unit_id", "place_unit_id", "lab_unit_id")
                        + " and " + area.sql("s") + """
                        )
                        select w.lab_unit_id, lab.name as lab_name, w.site_id, site.name as site_name,
                               case when w.site_id is null then w.place_commune_code end as site_commune,
                               count(*) filter (where w.collected_at > cast(:now as timestamptz) - interval '24 hours') as under24,
                               count(*) filter (where w.collected_at <= cast(:now as timestamptz) - interval '24 hours'
                                                  and w.collected_at > cast(:now as timestamptz) - interval '48 hours') as from24to48,
                               count(*) filter (where w.collected_at <= cast(:now as timestamptz) - interval '48 hours') as over48,
                               min(w.collected_at) as oldest
                          from waiting w
                          left join geo_org_unit lab on lab.id = w.lab_unit_id
                          left join geo_org_unit site on site.id = w.site_id
                         group by 1, 2, 3, 4, 5
                         order by lab.name nulls last, 1, site.name nulls last, 5""")
                .param("scopeKey", scope.key()).param("area", area.code()).param("now", Timestamp.from(now))
                .query((rs, i) -> new Row(rs.getObject("lab_unit_id", Long.class), rs.getString("lab_name"),
                        rs.getObject("site_id", Long.class), rs.getString("site_name"), rs.getString("site_commune"),
                        rs.getLong("under24"), rs.getLong("from24to48"), rs.getLong("over48"),
                        rs.getTimestamp("oldest").toInstant()))
                .list();
    }
}
