package org.epiguard.tracing.internal;

import org.epiguard.cases.CaseContactsView.TracedCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * Cases linked by a shared venue: both people checked in at the same venue within the check-in
 * window of the rule in force on the day of the earlier check-in (± 1 hour by default), each in the
 * {@link #WINDOW_DAYS} days before their own confirmation. The check-ins of the cases' people are
 * read by their primary key (person, time) and paired per venue in the database. For the cases of an
 * incremental run, their check-ins are paired with everyone's at the venue around them (the venue-time
 * index, as the F1 candidates are found) and the people met are kept when they are cases whose own
 * 14 days hold that check-in.
 */
@Component
class VenueClusterLinks implements ClusterLinkSource {

    private final JdbcClient jdbc;

    /** The cases as a table c(case_id, person_id, confirmed_at), bound by {@link #withCases}. */
    private static final String CASES = """
            with c as (select * from unnest(cast(:ids as bigint[]), cast(:people as bigint[]),
                                            cast(:confirmed as timestamptz[])) as c(case_id, person_id, confirmed_at))""";

    private static JdbcClient.StatementSpec withCases(JdbcClient.StatementSpec sql, List<TracedCase> cases) {
        return sql.param("ids", cases.stream().map(TracedCase::id).toArray(Long[]::new))
                .param("people", cases.stream().map(TracedCase::personId).toArray(Long[]::new))
                .param("confirmed", cases.stream().map(c -> Timestamp.from(c.confirmedAt())).toArray(Timestamp[]::new));
    }

    VenueClusterLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Link> links(List<TracedCase> cases) {
        if (cases.size() < 2) {
            return List.of();
        }
        return withCases(jdbc.sql(CASES + """
                        , visit as (
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
                           and b.checked_in_at <= a.checked_in_at + make_interval(mins => a.window_minutes)"""), cases)
                .param("days", (int) WINDOW_DAYS)
                .query((rs, i) -> new Link(rs.getLong(1), rs.getLong(2), "VENUE"))
                .list();
    }

    @Override
    public List<Link> linksOf(List<TracedCase> cases, Instant since) {
        if (cases.isEmpty()) {
            return List.of();
        }
        return withCases(jdbc.sql(CASES + """
                        , rule as (
                            select window_minutes, effective_from,
                                   lead(effective_from) over (order by effective_from) as until
                              from tracing_checkin_rule
                        ), visit as (
                            select c.case_id, k.venue_id, k.checked_in_at, r.window_minutes
                              from c join tracing_checkin k on k.person_id = c.person_id
                               and k.checked_in_at between c.confirmed_at - make_interval(days => :days) and c.confirmed_at
                              join rule r on r.effective_from <= (k.checked_in_at at time zone 'Asia/Ho_Chi_Minh')::date
                               and (r.until is null or (k.checked_in_at at time zone 'Asia/Ho_Chi_Minh')::date < r.until)
                        ), near as (
                            select v.case_id, o.person_id, o.checked_in_at
                              from visit v join tracing_checkin o on o.venue_id = v.venue_id
                               and o.checked_in_at >= v.checked_in_at
                                                      - make_interval(mins => (select max(window_minutes) from rule))
                               and o.checked_in_at <= v.checked_in_at + make_interval(mins => v.window_minutes)
                              join rule r on r.effective_from <= (o.checked_in_at at time zone 'Asia/Ho_Chi_Minh')::date
                               and (r.until is null or (o.checked_in_at at time zone 'Asia/Ho_Chi_Minh')::date < r.until)
                             where o.checked_in_at >= v.checked_in_at
                                or v.checked_in_at <= o.checked_in_at + make_interval(mins => r.window_minutes)
                        )
                        select distinct near.case_id, o.id
                          from near join cases_case o on o.person_id = near.person_id and o.id <> near.case_id
                         where o.confirmed_at >= :since and near.checked_in_at >= o.confirmed_at - make_interval(days => :days)
                           and near.checked_in_at <= o.confirmed_at and\s""" + ClusterLinkSource.confirmed("o")), cases)
                .param("days", (int) WINDOW_DAYS)
                .param("since", Timestamp.from(since))
                .query((rs, i) -> new Link(rs.getLong(1), rs.getLong(2), "VENUE"))
                .list();
    }
}
