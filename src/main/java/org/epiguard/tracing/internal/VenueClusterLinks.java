package org.epiguard.tracing.internal;

import org.epiguard.cases.CaseContactsView.TracedCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.util.List;

/**
 * Cases linked by a shared venue: both people checked in at the same venue within the check-in
 * window of the rule in force on the day of the earlier check-in (± 1 hour by default), each in the
 * {@link #WINDOW_DAYS} days before their own confirmation. The check-ins of the cases' people are
 * read by their primary key (person, time) and paired per venue in the database.
 */
@Component
class VenueClusterLinks implements ClusterLinkSource {

    private final JdbcClient jdbc;

    VenueClusterLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Link> links(List<TracedCase> cases) {
        if (cases.size() < 2) {
            return List.of();
        }
        return jdbc.sql("""
                        with c as (
                            select * from unnest(cast(:ids as bigint[]), cast(:people as bigint[]),
                                                 cast(:confirmed as timestamptz[])) as c(case_id, person_id, confirmed_at)
                        ), visit as (
                            select c.case_id, k.venue_id, k.checked_in_at,
                                   (select r.window_minutes from tracing_checkin_rule r
                                     where r.effective_from <= (k.checked_in_at at time zone 'Asia/Ho_Chi_Minh')::date
                                     order by r.effective_from desc limit 1) as window_minutes
                              from c join tracing_checkin k on k.person_id = c.person_id
                               and k.checked_in_at between c.confirmed_at - make_interval(days => :days) and c.confirmed_at
                        )
                        select distinct a.case_id, b.case_id
                          from visit a join visit b on b.venue_id = a.venue_id and b.case_id <> a.case_id
                           and b.checked_in_at >= a.checked_in_at
                           and b.checked_in_at <= a.checked_in_at + make_interval(mins => a.window_minutes)""")
                .param("ids", cases.stream().map(TracedCase::id).toArray(Long[]::new))
                .param("people", cases.stream().map(TracedCase::personId).toArray(Long[]::new))
                .param("confirmed", cases.stream().map(c -> Timestamp.from(c.confirmedAt())).toArray(Timestamp[]::new))
                .param("days", (int) WINDOW_DAYS)
                .query((rs, i) -> new Link(rs.getLong(1), rs.getLong(2), "VENUE"))
                .list();
    }
}
