package org.epiguard.tracing.internal;

import org.epiguard.cases.CaseContactsView;
import org.epiguard.cases.CaseContactsView.TracedCase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The automatic forming of clusters. The confirmed cases of the last {@link #DAYS} days are joined
 * by every {@link ClusterLinkSource} (contacts, households, workplaces and schools, ...); in each
 * group of two or more linked cases, the cases not yet in a cluster join the group's open cluster
 * (the oldest if there are several), or form a new one when the group has none and two or more of
 * them are new. A case already in a cluster is never moved: merges and splits made by users stay.
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

    @Transactional
    Result detect() {
        jdbc.sql("select pg_advisory_xact_lock(:k)").param("k", LOCK).query(Object.class).optional();
        List<TracedCase> recent = cases.confirmedSince(Instant.now().minus(Duration.ofDays(DAYS)));
        if (recent.size() < 2) {
            return new Result(0, 0);
        }
        Map<Long, TracedCase> byId = new HashMap<>();
        recent.forEach(c -> byId.put(c.id(), c));
        Map<Long, Long> parent = new HashMap<>();
        Map<Long, String> linkOf = new HashMap<>();
        for (ClusterLinkSource source : sources) {
            for (ClusterLinkSource.Link link : source.links(recent)) {
                if (link.caseA() == link.caseB() || !byId.containsKey(link.caseA()) || !byId.containsKey(link.caseB())) {
                    continue;
                }
                union(parent, link.caseA(), link.caseB());
                linkOf.putIfAbsent(link.caseA(), link.kind());
                linkOf.putIfAbsent(link.caseB(), link.kind());
            }
        }
        Map<Long, List<TracedCase>> groups = new HashMap<>();
        for (long id : parent.keySet()) {
            groups.computeIfAbsent(find(parent, id), k -> new ArrayList<>()).add(byId.get(id));
        }
        Map<Long, ClusterRepository.Assignment> assigned = clusters.assignments(parent.keySet());
        int formed = 0;
        int added = 0;
        for (List<TracedCase> group : groups.values()) {
            List<TracedCase> fresh = group.stream().filter(c -> !assigned.containsKey(c.id()))
                    .sorted(Comparator.comparing(TracedCase::confirmedAt).thenComparingLong(TracedCase::id)).toList();
            if (fresh.isEmpty()) {
                continue;
            }
            Long target = group.stream().map(c -> assigned.get(c.id())).filter(Objects::nonNull)
                    .filter(a -> "OPEN".equals(a.status())).map(ClusterRepository.Assignment::clusterId)
                    .min(Long::compare).orElse(null);
            if (target == null) {
                if (fresh.size() < 2) {
                    continue;
                }
                target = clusters.create(fresh.getFirst(), "AUTO", null);
                formed++;
            }
            for (TracedCase c : fresh) {
                clusters.addCase(target, c, linkOf.get(c.id()));
                added++;
            }
        }
        return new Result(formed, added);
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
