package org.epiguard.tracing.internal;

import org.epiguard.cases.CaseContactsView.TracedCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Cases linked by a shared place: the same household, or the same workplace or school (the person's
 * workplace in the registry), confirmed at most {@link #WINDOW_DAYS} days apart. The cases of one
 * place are sorted by confirmation and each is linked to the one before it when within the window,
 * which joins the same cases as linking every pair, in linear time.
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
        Duration window = Duration.ofDays(WINDOW_DAYS);
        List<Link> links = new ArrayList<>();
        for (List<Member> members : byPlace.values()) {
            members.sort(Comparator.comparing(Member::confirmedAt).thenComparingLong(Member::caseId));
            for (int i = 1; i < members.size(); i++) {
                Member before = members.get(i - 1);
                Member m = members.get(i);
                if (Duration.between(before.confirmedAt(), m.confirmedAt()).compareTo(window) <= 0) {
                    links.add(new Link(before.caseId(), m.caseId(), m.kind()));
                }
            }
        }
        return links;
    }
}
