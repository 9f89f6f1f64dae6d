package org.epiguard.tracing.internal;

import org.epiguard.access.Scope;
import org.epiguard.cases.CaseContactsView;
import org.epiguard.cases.CaseContactsView.TracedCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transmission chain around some people (a case's person, or every case of a cluster): everyone
 * reached through contacts in either direction, by one recursive query, with the contacts between
 * them as edges (source -> contact: who may have infected whom). Whole, not paged, up to
 * {@link #MAX_NODES} people. People outside the reader's view scope stay in the graph without name.
 */
@Repository
class ChainGraph {

    static final int MAX_NODES = 50_000;

    enum Kind { CASE, F1, F2 }

    /** One person of the chain; {@code key} is the node's number in this answer (edges use it). */
    record Node(int key, Long personId, String name, Integer birthYear, String communeCode, Kind kind, Long caseId,
                boolean hidden) {
    }

    /**
     * A contact (level 1 or 2: from the person exposed to, to the contact) or, in a cluster's chain, a
     * link between two of its cases that is not a contact (level 0, exposure the link's kind: HOUSEHOLD,
     * WORKPLACE, SCHOOL, VENUE, ...), which has no direction and no time.
     */
    record Edge(int from, int to, String exposure, int level, Instant lastExposureAt) {
    }

    record Chain(List<Node> nodes, List<Edge> edges, boolean truncated) {
    }

    private record Reached(long personId, String name, int birthYear, String communeCode, boolean visible) {
    }

    private final JdbcClient jdbc;
    private final CaseContactsView cases;

    ChainGraph(JdbcClient jdbc, CaseContactsView cases) {
        this.jdbc = jdbc;
        this.cases = cases;
    }

    Chain around(Scope scope, List<Long> startPeople) {
        return around(scope, startPeople, List.of(), Map.of());
    }

    /**
     * The chain, with links between cases that are not contacts (a cluster's household, workplace,
     * venue links; {@code personOfCase} says whose case each is) added as edges of level 0.
     */
    Chain around(Scope scope, List<Long> startPeople, List<ClusterLinkSource.Link> links, Map<Long, Long> personOfCase) {
        List<Reached> reached = jdbc.sql("""
                        with recursive reach(pid) as (
                            select unnest(cast(:start as bigint[]))
                            union
                            select x.other
                              from reach r
                              cross join lateral (select t.person_id as other from tracing_contact t
                                                   where t.source_person_id = r.pid
                                                  union all
                                                  select t.source_person_id from tracing_contact t
                                                   where t.person_id = r.pid) x
                        ), limited as (select pid from reach limit :max)
                        select p.id, p.full_name, p.birth_year, p.commune_code,\s""" + scope.sql("p", "workplace_id")
                        + " as visible from limited l join people_person p on p.id = l.pid order by p.id")
                .param("start", startPeople.toArray(Long[]::new)).param("max", MAX_NODES + 1)
                .param("scopeKey", scope.key())
                .query((rs, i) -> new Reached(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getBoolean(5)))
                .list();
        boolean truncated = reached.size() > MAX_NODES;
        if (truncated) {
            reached = reached.subList(0, MAX_NODES);
        }
        Map<Long, Integer> keyOf = new HashMap<>();
        Long[] ids = new Long[reached.size()];
        for (int i = 0; i < reached.size(); i++) {
            keyOf.put(reached.get(i).personId(), i);
            ids[i] = reached.get(i).personId();
        }
        Map<Long, Long> caseOf = new HashMap<>();
        for (TracedCase c : cases.ofPeople(keyOf.keySet())) {
            if (c.confirmed() || !caseOf.containsKey(c.personId())) {
                caseOf.put(c.personId(), c.id());
            }
        }
        List<Edge> edges = new ArrayList<>();
        Set<Long> firstLevel = new HashSet<>();
        jdbc.sql("""
                        select t.source_person_id, t.person_id, t.exposure, t.level, t.last_exposure_at
                          from tracing_contact t where t.person_id = any(:ids) and t.source_person_id = any(:ids)
                         order by t.id""")
                .param("ids", ids)
                .query(rs -> {
                    int level = rs.getInt(4);
                    long contact = rs.getLong(2);
                    if (level == 1) {
                        firstLevel.add(contact);
                    }
                    edges.add(new Edge(keyOf.get(rs.getLong(1)), keyOf.get(contact), rs.getString(3), level,
                            rs.getTimestamp(5).toInstant()));
                });
        Set<String> linked = new HashSet<>();
        for (ClusterLinkSource.Link link : links) {
            Integer a = keyOf.get(personOfCase.get(link.caseA()));
            Integer b = keyOf.get(personOfCase.get(link.caseB()));
            if (a != null && b != null && !a.equals(b) && linked.add(Math.min(a, b) + "-" + Math.max(a, b))) {
                edges.add(new Edge(a, b, link.kind(), 0, null));
            }
        }
        List<Node> nodes = new ArrayList<>(reached.size());
        for (int i = 0; i < reached.size(); i++) {
            Reached r = reached.get(i);
            Long caseId = caseOf.get(r.personId());
            Kind kind = caseId != null ? Kind.CASE : firstLevel.contains(r.personId()) ? Kind.F1 : Kind.F2;
            nodes.add(r.visible()
                    ? new Node(i, r.personId(), r.name(), r.birthYear(), r.communeCode(), kind, caseId, false)
                    : new Node(i, null, null, null, null, kind, null, true));
        }
        return new Chain(nodes, edges, truncated);
    }
}
