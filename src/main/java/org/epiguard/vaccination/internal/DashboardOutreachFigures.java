package org.epiguard.vaccination.internal;

import org.epiguard.vaccination.OutreachFigures;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/** {@link OutreachFigures}: the outreach list's rule ({@link OutreachLists}) counted per commune in one query. */
@Component
class DashboardOutreachFigures implements OutreachFigures {

    private final JdbcClient jdbc;

    DashboardOutreachFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<CommuneOutreach> communes(String provinceCode, LocalDate on) {
        return jdbc.sql("""
                        with listed as (
                            select p.commune_code, count(*) as listed,
                                   count(*) filter (where not exists (select 1 from vacc_outreach_reason r
                                                                       where r.person_id = p.id)) as without_reason
                              from people_person p
                              left join vacc_status_on(cast(:d as date)) s on s.person_id = p.id
                             where p.merged_into is null and p.province_code = :p and\s""" + OutreachLists.AGE_12 + """
                               and s.primary_done_date is null
                             group by 1),
                        done as (select commune_code from vacc_outreach_completion
                                  where province_code = :p and reopened_at is null)
                        select coalesce(l.commune_code, d.commune_code) as commune_code, coalesce(l.listed, 0) as listed,
                               coalesce(l.without_reason, 0) as without_reason, d.commune_code is not null as declared
                          from listed l full join done d on d.commune_code = l.commune_code""")
                .param("p", provinceCode).param("d", Date.valueOf(on))
                .query((rs, i) -> new CommuneOutreach(rs.getString("commune_code"), rs.getLong("listed"),
                        rs.getLong("without_reason"), rs.getBoolean("declared")))
                .list();
    }
}
