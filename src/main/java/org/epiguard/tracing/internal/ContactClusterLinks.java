package org.epiguard.tracing.internal;

import org.epiguard.cases.CaseContactsView.TracedCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Cases linked by contacts: one case's person was listed as a contact (F1 or F2) of the other's. */
@Component
class ContactClusterLinks implements ClusterLinkSource {

    private final JdbcClient jdbc;

    ContactClusterLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Link> links(List<TracedCase> cases) {
        Map<Long, List<Long>> casesOfPerson = new HashMap<>();
        cases.forEach(c -> casesOfPerson.computeIfAbsent(c.personId(), k -> new ArrayList<>()).add(c.id()));
        Long[] people = casesOfPerson.keySet().toArray(Long[]::new);
        List<Link> links = new ArrayList<>();
        jdbc.sql("""
                        select distinct t.source_person_id, t.person_id from tracing_contact t
                         where t.person_id = any(:people) and t.source_person_id = any(:people)""")
                .param("people", people)
                .query(rs -> {
                    for (long a : casesOfPerson.get(rs.getLong(1))) {
                        for (long b : casesOfPerson.get(rs.getLong(2))) {
                            links.add(new Link(a, b, "CONTACT"));
                        }
                    }
                });
        return links;
    }

    @Override
    public List<Link> linksOf(List<TracedCase> cases, Instant since) {
        if (cases.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        with f as (select * from unnest(cast(:ids as bigint[]), cast(:people as bigint[])) as f(case_id, person_id)),
                        other as (select f.case_id, t.source_person_id as person_id
                                    from f join tracing_contact t on t.person_id = f.person_id
                                  union
                                  select f.case_id, t.person_id from f join tracing_contact t on t.source_person_id = f.person_id)
                        select distinct other.case_id, o.id from other join cases_case o on o.person_id = other.person_id
                         where o.confirmed_at >= :since and\s""" + ClusterLinkSource.confirmed("o"))
                .param("ids", cases.stream().map(TracedCase::id).toArray(Long[]::new))
                .param("people", cases.stream().map(TracedCase::personId).toArray(Long[]::new))
                .param("since", Timestamp.from(since))
                .query((rs, i) -> new Link(rs.getLong(1), rs.getLong(2), "CONTACT")).list();
    }
}
