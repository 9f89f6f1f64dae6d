package org.epiguard.tracing.internal;

import org.epiguard.access.AuditTrail;
import org.epiguard.access.CurrentUser;
import org.epiguard.cases.CaseContactsView;
import org.epiguard.cases.CaseContactsView.TracedCase;
import org.epiguard.geo.GeoDirectory;
import org.epiguard.platform.web.ListPage;
import org.epiguard.platform.web.ListQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What users read of clusters: the list, one cluster with its cases over time, the localities it
 * spans, its open tracing work and its cases inside the reader's scope; and the cases whose source
 * is unknown after investigation, by commune.
 */
@Service
class ClusterViews {

    record Locality(String districtCode, String districtName, String communeCode, String communeName, long cases) {
    }

    record District(String code, String name, long cases) {
    }

    record OpenWork(String communeCode, String communeName, long notReached, long notQuarantined) {
    }

    record Detail(ClusterRow cluster, List<ClusterRepository.Day> perDay, List<District> districts,
                  List<Locality> localities, List<OpenWork> openWork, long openF1,
                  List<ClusterRepository.Member> cases) {
    }

    record UnknownCase(long caseId, long personId, String fullName, int birthYear, Instant confirmedAt, Long clusterId) {
    }

    record UnknownCommune(String communeCode, String communeName, List<UnknownCase> cases) {
    }

    private final ContactLists lists;
    private final ClusterRepository clusters;
    private final CaseContactsView caseView;
    private final GeoDirectory geo;
    private final JdbcClient jdbc;
    private final AuditTrail audit;

    ClusterViews(ContactLists lists, ClusterRepository clusters, CaseContactsView caseView, GeoDirectory geo,
                 JdbcClient jdbc, AuditTrail audit) {
        this.audit = audit;
        this.lists = lists;
        this.clusters = clusters;
        this.caseView = caseView;
        this.geo = geo;
        this.jdbc = jdbc;
    }

    ListPage<ClusterRow> page(String status, ListQuery query) {
        return page(status, null, query);
    }

    /** {@code area}: only the clusters with cases in this province, district or commune (GSO code), for the dashboard's links. */
    ListPage<ClusterRow> page(String status, String area, ListQuery query) {
        String s = status != null && List.of("OPEN", "CLOSED").contains(status) ? status : null;
        String a = area == null || area.isBlank() ? null : area.strip();
        if (a != null && !a.matches("\\d{2}|\\d{3}|\\d{5}")) {
            throw new org.springframework.web.server.ResponseStatusException(org.springframework.http.HttpStatus.BAD_REQUEST,
                    "area: a province, district or commune code");
        }
        return clusters.page(lists.reader().viewScope(), s, a, query);
    }

    ClusterRow one(long id) {
        return clusters.find(lists.reader().viewScope(), id).orElseThrow(ContactAccess::notFound);
    }

    Detail detail(long id) {
        CurrentUser user = lists.reader();
        ClusterRow row = clusters.find(user.viewScope(), id).orElseThrow(ContactAccess::notFound);
        List<Locality> localities = clusters.localities(id).stream()
                .map(l -> new Locality(l.districtCode(), geo.name(l.districtCode()), l.communeCode(),
                        geo.name(l.communeCode()), l.cases()))
                .toList();
        Map<String, Long> byDistrict = new LinkedHashMap<>();
        localities.forEach(l -> byDistrict.merge(l.districtCode(), l.cases(), Long::sum));
        List<District> districts = byDistrict.entrySet().stream()
                .map(e -> new District(e.getKey(), geo.name(e.getKey()), e.getValue())).toList();
        List<OpenWork> work = clusters.openWork(id).stream()
                .map(w -> new OpenWork(w.communeCode(), geo.name(w.communeCode()), w.notReached(), w.notQuarantined()))
                .toList();
        long open = work.stream().mapToLong(w -> w.notReached() + w.notQuarantined()).sum();
        return new Detail(row, clusters.perDay(id), districts, localities, work, open,
                clusters.members(user.viewScope(), id));
    }

    /** The unknown-source list for an export, which the audit trail records in the same transaction. */
    @Transactional
    List<UnknownCommune> exportUnknownSource() {
        List<UnknownCommune> communes = unknownSource();
        audit.record(AuditTrail.Action.EXPORT, "tracing_unknown_source", null, null, "cases of unknown source export ("
                + communes.stream().mapToInt(c -> c.cases().size()).sum() + " rows)", null, null);
        return communes;
    }

    /** Confirmed cases inside the reader's scope whose investigation found no source, by commune. */
    List<UnknownCommune> unknownSource() {
        CurrentUser user = lists.reader();
        List<TracedCase> found = caseView.unknownSource(user.viewScope());
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, String[]> names = new HashMap<>();
        jdbc.sql("select id, full_name, birth_year from people_person where id = any(:ids)")
                .param("ids", found.stream().map(TracedCase::personId).distinct().toArray(Long[]::new))
                .query(rs -> {
                    names.put(rs.getLong(1), new String[]{rs.getString(2), rs.getString(3)});
                });
        Map<Long, Long> clusterOf = new HashMap<>();
        clusters.assignments(found.stream().map(TracedCase::id).toList())
                .forEach((c, a) -> clusterOf.put(c, a.clusterId()));
        Map<String, List<UnknownCase>> byCommune = new LinkedHashMap<>();
        for (TracedCase c : found) {
            String[] n = names.getOrDefault(c.personId(), new String[]{"", "0"});
            byCommune.computeIfAbsent(c.communeCode(), k -> new ArrayList<>()).add(new UnknownCase(c.id(), c.personId(),
                    n[0], Integer.parseInt(n[1]), c.confirmedAt(), clusterOf.get(c.id())));
        }
        return byCommune.entrySet().stream()
                .map(e -> new UnknownCommune(e.getKey(), geo.name(e.getKey()), e.getValue())).toList();
    }
}
