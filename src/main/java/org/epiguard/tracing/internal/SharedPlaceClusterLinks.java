package org.epiguard.tracing.internal;

import org.epiguard.cases.CaseContactsView.TracedCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cases linked by a shared place: the same household, or the same workplace or school (the person's
 * workplace in the registry), confirmed at most {@link #WINDOW_DAYS} days apart. The cases of one
 * place are sorted by confirmation and each is linked to the one before it when within the window,
 * which joins the same cases as linking every pair, in linear time. For the cases of an incremental
 * run, each is linked to its place's nearest cases before and after it (in the window), which joins the
 * same cases again.
 */
@Component
class SharedPlaceClusterLinks implements ClusterLinkSource {

    private record Member(long caseId, String kind, long place, Instant confirmedAt) {
    }

    private final JdbcClient jdbc;

    SharedPlaceClusterLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Link> links(List<TracedCase> cases) {
        Map<Long, List<TracedCase>> casesOfPerson = new HashMap<>();
        cases.forEach(c -> casesOfPerson.computeIfAbsent(c.personId(), k -> new ArrayList<>()).add(c));
        Map<String, List<Member>> byPlace = new HashMap<>();
        jdbc.sql("""
                        select p.id, p.household_id, p.workplace_id, u.unit_type
                          from people_person p left join geo_org_unit u on u.id = p.workplace_id
                         where p.id = any(:people) and (p.household_id is not null or p.workplace_id is not null)""")
                .param("people", casesOfPerson.keySet().toArray(Long[]::new))
                .query(rs -> {
                    long household = rs.getLong(2);
                    boolean hasHousehold = !rs.wasNull();
                    long workplace = rs.getLong(3);
                    boolean hasWorkplace = !rs.wasNull();
                    String kind = "SCHOOL".equals(rs.getString(4)) ? "SCHOOL" : "WORKPLACE";
                    for (TracedCase c : casesOfPerson.get(rs.getLong(1))) {
                        if (hasHousehold) {
                            byPlace.computeIfAbsent("H" + household, k -> new ArrayList<>())
                                    .add(new Member(c.id(), "HOUSEHOLD", household, c.confirmedAt()));
                        }
                        if (hasWorkplace) {
                            byPlace.computeIfAbsent("W" + workplace, k -> new ArrayList<>())
                                    .add(new Member(c.id(), kind, workplace, c.confirmedAt()));
                        }
                    }
                });
        return chain(byPlace, null);
    }

    @Override
    public List<Link> linksOf(List<TracedCase> cases, Instant since) {
        if (cases.isEmpty()) {
            return List.of();
        }
        Map<String, List<Member>> byPlace = new HashMap<>();
        jdbc.sql("""
                        with f as (select p.household_id, p.workplace_id from people_person p where p.id = any(:people))
                        select 'H' || m.household_id, 'HOUSEHOLD', m.household_id, o.id, o.confirmed_at
                          from people_person m join cases_case o on o.person_id = m.id
                         where m.household_id in (select household_id from f) and o.confirmed_at >= :since
                           and\s""" + ClusterLinkSource.confirmed("o") + """

                        union all
                        select 'W' || m.workplace_id, case when u.unit_type = 'SCHOOL' then 'SCHOOL' else 'WORKPLACE' end,
                               m.workplace_id, o.id, o.confirmed_at
                          from people_person m join cases_case o on o.person_id = m.id
                          left join geo_org_unit u on u.id = m.workplace_id
                         where m.workplace_id in (select workplace_id from f) and o.confirmed_at >= :since
                           and\s""" + ClusterLinkSource.confirmed("o"))
                .param("people", cases.stream().map(TracedCase::personId).distinct().toArray(Long[]::new))
                .param("since", Timestamp.from(since))
                .query(rs -> {
                    byPlace.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new Member(rs.getLong(4),
                            rs.getString(2), rs.getLong(3), rs.getTimestamp(5).toInstant()));
                });
        return chain(byPlace, cases.stream().map(TracedCase::id).collect(Collectors.toSet()));
    }

    /**
     * Each place's cases in order of confirmation, each linked to the one before it when within the window;
     * with {@code only}, just the links that touch one of those cases.
     */
    private static List<Link> chain(Map<String, List<Member>> byPlace, Set<Long> only) {
        Duration window = Duration.ofDays(WINDOW_DAYS);
        List<Link> links = new ArrayList<>();
        for (List<Member> members : byPlace.values()) {
            members.sort(Comparator.comparing(Member::confirmedAt).thenComparingLong(Member::caseId));
            for (int i = 1; i < members.size(); i++) {
                Member before = members.get(i - 1);
                Member m = members.get(i);
                boolean touches = only == null || only.contains(m.caseId()) || only.contains(before.caseId());
                if (touches && Duration.between(before.confirmedAt(), m.confirmedAt()).compareTo(window) <= 0) {
                    links.add(only != null && !only.contains(before.caseId())
                            ? new Link(m.caseId(), before.caseId(), m.kind()) : new Link(before.caseId(), m.caseId(), m.kind()));
                }
            }
        }
        return links;
    }
}
