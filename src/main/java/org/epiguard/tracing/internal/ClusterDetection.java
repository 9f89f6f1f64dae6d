package org.epiguard.tracing.internal;

import org.epiguard.cases.CaseContactsView;
import org.epiguard.cases.CaseContactsView.TracedCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The automatic forming of clusters. Confirmed cases of the last {@link #DAYS} days are joined by every
 * {@link ClusterLinkSource} (contacts, households, workplaces and schools, venues); in each group of two or
 * more linked cases, the cases not yet in a cluster join the group's open cluster (the oldest - smallest
 * id - if there are several: a new case linking two open clusters joins the older and the two stay apart
 * for a user to merge, remembered as a bridge in {@code tracing_cluster_bridge}), or form a new one when the group has none and two or more of them are new. A case
 * already in a cluster is never moved: merges and splits made by users stay.
 *
 * <p>{@link #detectNew()}, run after each change, starts from the cases not examined yet (new, or confirmed
 * late) and the cases of people whose contacts changed, asks the sources for their links to any case of
 * the window, and follows the links further through cases not in an open cluster only: the cases of
 * an open cluster reached are one group with the whole cluster and the open clusters bridged to it (a
 * closed cluster's are followed link by link, as the full run does). {@link #detect()} (the repair) joins every case of the window at
 * once. Both give the same clusters unless cases of two clusters are linked to each other (after a
 * user's split, say: the full run then sees them as one group) or a cluster's cases are no longer linked
 * inside the window (its linking cases older than {@link #DAYS} days: the full run sees two groups). Registry changes (a person
 * moving household or workplace) are seen by the full run, or when a case of that place is examined.
 * Runs are serialised by an advisory lock and may be repeated at will: a second run changes nothing.
 */
@Service
class ClusterDetection {

    static final long DAYS = 60;
    private static final long LOCK = 0x7472616365L;

    record Result(int clustersFormed, int casesAdded) {
    }

    private final CaseContactsView cases;
    private final List<ClusterLinkSource> sources;
    private final ClusterRepository clusters;
    private final JdbcClient jdbc;

    ClusterDetection(CaseContactsView cases, List<ClusterLinkSource> sources, ClusterRepository clusters, JdbcClient jdbc) {
        this.cases = cases;
        this.sources = sources;
        this.clusters = clusters;
        this.jdbc = jdbc;
    }

    /** Every case of the window at once; marks them examined and every contact seen. */
    @Transactional
    Result detect() {
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", LOCK).query(Object.class).optional();
        List<Long> pending = pendingContacts();
        List<TracedCase> recent = cases.confirmedSince(Instant.now().minus(Duration.ofDays(DAYS)));
        Map<Long, TracedCase> byId = new HashMap<>();
        recent.forEach(c -> byId.put(c.id(), c));
        Groups groups = new Groups();
        if (recent.size() >= 2) {
            for (ClusterLinkSource source : sources) {
                for (ClusterLinkSource.Link link : source.links(recent)) {
                    if (byId.containsKey(link.caseA()) && byId.containsKey(link.caseB())) {
                        groups.link(link);
                    }
                }
            }
        }
        Result result = assign(groups, byId, clusters.assignments(groups.parent.keySet()));
        examined(byId.keySet(), pending);
        return result;
    }

    /** The cases not examined yet and those of people whose contacts changed, and what they link to. */
    @Transactional
    Result detectNew() {
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", LOCK).query(Object.class).optional();
        Instant since = Instant.now().minus(Duration.ofDays(DAYS));
        List<Long> pending = pendingContacts();
        List<Long> dirty = jdbc.sql("""
                        select c.id from cases_case c
                         where c.confirmed_at >= :since and\s""" + ClusterLinkSource.confirmed("c") + """

                           and not exists (select 1 from tracing_cluster_examined e where e.case_id = c.id)
                        union
                        select c.id from tracing_contact t
                          join cases_case c on c.person_id in (t.person_id, t.source_person_id)
                         where t.id = any(:pending) and c.confirmed_at >= :since and\s""" + ClusterLinkSource.confirmed("c"))
                .param("since", Timestamp.from(since)).param("pending", pending.toArray(Long[]::new))
                .query(Long.class).list();
        Map<Long, TracedCase> byId = new HashMap<>();
        Map<Long, ClusterRepository.Assignment> assigned = new HashMap<>(clusters.assignments(dirty));
        Set<Long> reached = new HashSet<>(dirty);
        Groups groups = new Groups();
        List<TracedCase> frontier = cases.byIds(dirty);
        while (!frontier.isEmpty()) {
            frontier.forEach(c -> byId.put(c.id(), c));
            List<Long> next = new ArrayList<>();
            for (ClusterLinkSource source : sources) {
                for (ClusterLinkSource.Link link : source.linksOf(frontier, since)) {
                    groups.link(link);
                    if (reached.add(link.caseB())) {
                        next.add(link.caseB());
                    }
                }
            }
            assigned.putAll(clusters.assignments(next));
            frontier = cases.byIds(next.stream().filter(id -> !assigned.containsKey(id)
                    || !"OPEN".equals(assigned.get(id).status())).toList());
        }
        assigned.values().stream().filter(a -> "OPEN".equals(a.status())).forEach(groups::standFor);
        Set<Long> reachedClusters = new HashSet<>();
        assigned.values().stream().filter(a -> "OPEN".equals(a.status())).forEach(a -> reachedClusters.add(a.clusterId()));
        for (long[] bridge : bridges(reachedClusters)) {
            union(groups.parent, -bridge[0], -bridge[1]);
        }
        Result result = assign(groups, byId, assigned);
        examined(byId.keySet(), pending);
        jdbc.sql("delete from tracing_cluster_examined where examined_at < :since").param("since", Timestamp.from(since)).update();
        return result;
    }

    /** The bridges between open clusters reachable from these, both ways. */
    private List<long[]> bridges(Set<Long> clusterIds) {
        if (clusterIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        with recursive edge as (
                            select b.cluster_id as a, b.joined_to as b from tracing_cluster_bridge b
                            union all
                            select b.joined_to, b.cluster_id from tracing_cluster_bridge b
                        ), reach(id) as (
                            select unnest(cast(:ids as bigint[]))
                            union
                            select e.b from reach r join edge e on e.a = r.id
                              join tracing_cluster k on k.id = e.b and k.status = 'OPEN'
                        )
                        select e.a, e.b from edge e join reach r on r.id = e.a
                          join tracing_cluster k on k.id = e.b and k.status = 'OPEN'""")
                .param("ids", clusterIds.toArray(Long[]::new))
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
    }

    private List<Long> pendingContacts() {
        return jdbc.sql("select id from tracing_contact where cluster_pending").query(Long.class).list();
    }

    private void examined(Collection<Long> caseIds, List<Long> contacts) {
        jdbc.sql("""
                        insert into tracing_cluster_examined (case_id) select unnest(cast(:ids as bigint[]))
                        on conflict (case_id) do nothing""")
                .param("ids", caseIds.toArray(Long[]::new)).update();
        jdbc.sql("update tracing_contact set cluster_pending = false where id = any(:ids)")
                .param("ids", contacts.toArray(Long[]::new)).update();
    }

    /** In each group, the cases not in a cluster join its oldest open cluster, or form one when two or more. */
    private Result assign(Groups linked, Map<Long, TracedCase> byId, Map<Long, ClusterRepository.Assignment> assigned) {
        Map<Long, List<Long>> groups = new HashMap<>();
        for (long id : linked.parent.keySet()) {
            groups.computeIfAbsent(find(linked.parent, id), k -> new ArrayList<>()).add(id);
        }
        int formed = 0;
        int added = 0;
        for (List<Long> nodes : groups.values()) {
            List<Long> group = nodes.stream().filter(id -> id >= 0).toList();
            List<TracedCase> fresh = group.stream().filter(id -> !assigned.containsKey(id)).map(byId::get)
                    .sorted(Comparator.comparing(TracedCase::confirmedAt).thenComparingLong(TracedCase::id)).toList();
            if (fresh.isEmpty()) {
                continue;
            }
            List<Long> open = Stream.concat(group.stream().map(assigned::get).filter(Objects::nonNull)
                            .filter(a -> "OPEN".equals(a.status())).map(ClusterRepository.Assignment::clusterId),
                    nodes.stream().filter(id -> id < 0).map(id -> -id)).distinct().sorted().toList();
            Long target = open.isEmpty() ? null : open.getFirst();
            for (long other : open.subList(Math.min(1, open.size()), open.size())) {
                jdbc.sql("insert into tracing_cluster_bridge (cluster_id, joined_to) values (:c, :t) on conflict do nothing")
                        .param("c", other).param("t", target).update();
            }
            if (target == null) {
                if (fresh.size() < 2) {
                    continue;
                }
                target = clusters.create(fresh.getFirst(), "AUTO", null);
                formed++;
            }
            for (TracedCase c : fresh) {
                clusters.addCase(target, c, linked.linkOf.get(c.id()));
                added++;
            }
        }
        return new Result(formed, added);
    }

    /**
     * Cases joined by links (union-find), with the kind of the first link of each case. In an incremental run
     * the cases of one open cluster are joined through a node of their cluster (its id negated), as the full
     * run finds them joined by the links among them.
     */
    private static final class Groups {
        final Map<Long, Long> parent = new HashMap<>();
        final Map<Long, String> linkOf = new HashMap<>();

        void link(ClusterLinkSource.Link link) {
            if (link.caseA() == link.caseB()) {
                return;
            }
            union(parent, link.caseA(), link.caseB());
            linkOf.putIfAbsent(link.caseA(), link.kind());
            linkOf.putIfAbsent(link.caseB(), link.kind());
        }

        void standFor(ClusterRepository.Assignment a) {
            union(parent, a.caseId(), -a.clusterId());
        }
    }

    private static long find(Map<Long, Long> parent, long x) {
        long root = x;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        while (parent.get(x) != root) {
            long next = parent.get(x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }

    private static void union(Map<Long, Long> parent, long a, long b) {
        parent.putIfAbsent(a, a);
        parent.putIfAbsent(b, b);
        long ra = find(parent, a);
        long rb = find(parent, b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }
}
