package org.epiguard.tracing.internal;

import org.epiguard.cases.CaseContactsView.TracedCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

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
}
